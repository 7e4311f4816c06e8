import { fixtureArticle } from '../events/fixture';

/**
 * Two shootings on one day in two cities, told alike ("Two shot at MLK Day …"): the names (victim, street, town,
 * hospital) tell them apart. Shared by the story tests.
 */
export const miamiShooting = fixtureArticle({
  id: 'herald-miami',
  date: '2019-01-21',
  title: 'Two shot at MLK Day gathering',
  body: [
    'Two men were shot on Monday at a Martin Luther King Day gathering in Liberty City, Miami police said.',
    'Police named one of the victims as Jordan Ellis, 24, who was taken to Jackson Memorial Hospital.',
    'Witnesses said the shots came from a car on Northwest Sixty-Second Street.',
  ],
});

export const houstonShooting = fixtureArticle({
  id: 'chronicle-houston',
  date: '2019-01-21',
  title: 'Two shot at MLK Day parade',
  body: [
    'Two people were shot on Monday near the end of the MLK Day parade in Third Ward, Houston police said.',
    'Officers said the victims, Keisha Monroe and her brother, were taken to Ben Taub Hospital.',
    'The shooting happened on Emancipation Avenue, police said.',
  ],
});

/** A shooting named by its place and victims in full, which the later reports of its story repeat ("Libby Lake"). */
export const oceansideShooting = fixtureArticle({
  id: 'union-oceanside',
  date: '2013-03-13',
  title: 'Four teens shot in Oceanside park',
  body: [
    'Two teenagers were killed and two wounded on Tuesday night at Libby Lake park in Oceanside, police said.',
    'The dead were named as Melanie Virgen, 16, and Edgar Sanchez, 17.',
    'Detectives from the Oceanside department were canvassing the Mission Avenue area.',
  ],
});
