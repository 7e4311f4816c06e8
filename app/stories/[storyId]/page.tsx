import type { Metadata } from 'next';
import { MovedNotice } from '@/components/MovedNotice';
import { notFound } from 'next/navigation';
import { StoryTimeline } from '@/components/StoryTimeline';
import { getIndex } from '@/lib/site/data';
import { staticParams } from '@/lib/view/params';
import { getStory, storyAliasTarget, storyPaths, storyTimeline } from '@/lib/view/story';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('storyId', storyPaths(getIndex()));
}

type Props = { params: Promise<{ storyId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { storyId } = await params;
  const index = getIndex();
  const story = getStory(index, storyId) ?? storyAliasTarget(index, storyId);
  if (!story) return { title: 'Not found' };
  const description = `${story.title}: ${story.eventIds.length} events as a timeline, with the outlets that told each.`;
  return {
    title: story.title,
    description,
    openGraph: { title: story.title, description, type: 'article' },
    ...(getStory(index, storyId) ? {} : { robots: { index: false } }),
  };
}

export default async function StoryRoute({ params }: Props) {
  const { storyId } = await params;
  const index = getIndex();
  const story = getStory(index, storyId);
  if (!story) {
    const target = storyAliasTarget(index, storyId);
    if (!target) notFound();
    return <MovedNotice path={`/stories/${target.id}/`} title={target.title} />;
  }
  return <StoryTimeline view={storyTimeline(index, story)} />;
}
