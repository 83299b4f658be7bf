/**
 * The words generated articles are made of: the everyday and therapeutic language of the real
 * articles, so that search, excerpts and reading times behave as they would on a real archive.
 */
export const NOUNS = [
  'garden', 'river', 'anxiety', 'grief', 'sleep', 'morning', 'evening', 'breath', 'body', 'mind',
  'family', 'friend', 'partner', 'mother', 'father', 'child', 'work', 'home', 'loss', 'anger',
  'shame', 'guilt', 'fear', 'hope', 'memory', 'silence', 'conversation', 'boundary', 'habit', 'routine',
  'feeling', 'thought', 'worry', 'panic', 'sadness', 'loneliness', 'relationship', 'argument', 'walk', 'season',
  'winter', 'spring', 'kitchen', 'window', 'letter', 'journal', 'therapist', 'session', 'question', 'answer',
  'step', 'path', 'weather', 'tide', 'stone', 'tree', 'light', 'rest', 'change', 'burnout',
] as const;

export const VERBS = [
  'notice', 'carry', 'hold', 'return', 'soften', 'settle', 'wander', 'listen', 'rest', 'breathe',
  'remember', 'forget', 'name', 'allow', 'avoid', 'welcome', 'share', 'need', 'grow', 'heal',
  'feel', 'tell', 'wait', 'begin', 'slow', 'ask', 'understand', 'accept', 'change', 'stay',
] as const;

export const ADJECTIVES = [
  'quiet', 'heavy', 'gentle', 'familiar', 'tired', 'anxious', 'calm', 'small', 'slow', 'honest',
  'kind', 'difficult', 'ordinary', 'safe', 'uncertain', 'tender', 'restless', 'steady', 'patient', 'hard',
] as const;

export const LINKS = ['and', 'but', 'because', 'when', 'while', 'so', 'although', 'until', 'if', 'as'] as const;

export const SUBJECTS = ['you', 'we', 'many people', 'a client', 'your body', 'the mind', 'some of us', 'everyone'] as const;
