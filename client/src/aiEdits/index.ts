// AI-edit tracking on the client: what extension.ts imports.
export { AiEditTracker, aiEditThresholds, isTrackedDocument } from './aiEditTracker';
export type { AiEditTrackerOptions } from './aiEditTracker';
export { CLEAR_AI_MARKS_COMMAND, MARK_SELECTION_AS_AI_EDIT_COMMAND, clearAiMarks, markSelectionAsAiEdit, startAiEditTracking } from './aiEditCommands';
export type { AiEditTrackingOptions } from './aiEditCommands';
export { classifyChange, isLargeInsertion } from './classifyChange';
export type { AiEditThresholds, ChangeClassification, ChangeContext, ChangeEventDescription, ChangeKind } from './classifyChange';
export { classifyDiskRewrite } from './classifyDiskRewrite';
export type { DiskRewrite } from './classifyDiskRewrite';
export type { ContentChange, TextPosition, TextRange } from './changeRanges';
