// The attributes Parley keeps on graphology nodes, edges and the graph itself.
// sigma reserves `type` for its rendering program, so the entity or relation kind is `kind`.
// Kinds are plain strings here: imported graphs may carry kinds outside the dataset vocabulary
// (or none: "unknown"), and relations from other tools may have no evidence.
import type { MultiGraph } from 'graphology';
import type { Evidence, Role, Source, Tone } from '../data/schema';

export type NodeAttributes = {
  label: string;
  kind: string;
  aliases: string[];
  description?: string;
  roles?: Role[];
  x: number;
  y: number;
  size: number;
  color: string;
};

export type EdgeAttributes = {
  kind: string;
  label: string;
  date?: string;
  dateApproximate?: boolean;
  tone?: Tone;
  evidence: Evidence[];
};

export type GraphAttributes = {
  title: string;
  schemaVersion: number;
  sources: Source[];
};

export type ParleyGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
