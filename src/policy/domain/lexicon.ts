/**
 * The vocabulary of UK school social media policies and of the staff who ask about them, as data.
 * Patterns run over lower-cased text with curly quotes straightened. `expand` words are added to a search
 * query when the concept is found in a question, so a question in slang still meets the policy's words.
 * Nothing here is taken from a particular school's policy: it is the general language of the field.
 */

export { type Concept, STANDALONE_TOPICS } from './concept.js';
export { OUTING_WORDING, PARAPHRASES } from './paraphrases.js';
export { OFF_TOPIC_HINTS, PLATFORMS, type Platform, SOCIAL_MEDIA } from './platforms.js';
export { ROLES, TELLING_VERBS } from './roles.js';
export { WHAT } from './what-concepts.js';
export { WHO } from './who-concepts.js';
