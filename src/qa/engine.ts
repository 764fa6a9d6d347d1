import type { Story } from '../story/load.js';
import { normaliseName } from '../story/sources.js';
import type { Answer } from './answer.js';

const suggestions = ['Who is Michael Warrilow?', 'What did Amazon tell TechTarget?', 'What is the social media template?'];

/**
 * Answers a free-text question from the structured story data. This first version only knows who
 * people are; the full engine replaces it behind this same signature.
 */
export function answerQuestion(story: Story, question: string): Answer {
  const words = normaliseName(question);
  const person = story.people.find((p) => [p.name, ...p.aliases].some((alias) => words.includes(normaliseName(alias))));
  if (person) {
    const organisation = story.organisationById.get(person.organisation)?.name ?? person.organisation;
    return {
      answered: true,
      answer: `${person.name}${person.title ? `, ${person.title}` : ''}, ${organisation}. ${person.role}`,
      sources: person.paragraphs.slice(0, 1).map((paragraph) => ({ paragraph, speaker: person.name })),
      suggestions: [],
    };
  }
  return { answered: false, answer: "The story doesn't say.", sources: [], suggestions };
}
