import type { Metadata } from 'next';
import { CorpusPage } from '@/components/CorpusPage';
import { getIndex } from '@/lib/site/data';

export function generateMetadata(): Metadata {
  const index = getIndex();
  const description = `Every input file of the corpus and what became of it: ${index.articles.length} articles imported, ${index.diagnostics.length} diagnostics.`;
  return { title: 'Corpus', description, openGraph: { title: 'Corpus', description } };
}

export default function CorpusRoute() {
  return <CorpusPage page={1} />;
}
