// The timeline panel now lives in ui/timeline/; this name stays until the explorer imports it from there.
export { mountTimeline, type TimelineDeps } from './timeline/timeline';
