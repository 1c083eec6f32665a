// AI-edited ranges on the server: what server.ts imports.
export { AiRangeStore } from './aiRangeStore';
export type { AiMark, DeclarationRange, TextOf } from './aiRangeStore';
export { AiEditIntake } from './aiEditIntake';
export type { AiEditIntakeOptions, AiEditOutcome, VersionedText } from './aiEditIntake';
export { AI_RANGES_FILE_NAME, aiRangeFilePath } from './aiRangeFile';
export { rangeThroughChange, rangesThroughChanges } from './rangeThroughEdits';
