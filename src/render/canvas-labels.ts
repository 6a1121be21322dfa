// Names drawn on a 2D canvas over sigma's, in the look sigma gives its own: a node's name to its
// right, a selected node's name in a white box around the node, a relation's label along it.
// The big-graph highlight overlay draws with these; sigma draws its labels in WebGL.

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_COLOR = '#1b2430';
export const LABEL_SIZE = 13;
export const EDGE_LABEL_SIZE = 12;
const LABEL_WEIGHT = '600';
const BOX_PADDING = 2;

/** A node where the viewport shows it, in CSS pixels. */
export type PlacedNode = { x: number; y: number; size: number; label?: string | null };

const fontOf = (size: number) => `${LABEL_WEIGHT} ${size}px ${LABEL_FONT}`;

/** The node's name to its right, vertically centred on it. */
export function drawNodeName(context: CanvasRenderingContext2D, node: PlacedNode): void {
  if (!node.label) return;
  context.font = fontOf(LABEL_SIZE);
  context.fillStyle = LABEL_COLOR;
  context.textBaseline = 'alphabetic';
  context.fillText(node.label, node.x + node.size + 3, node.y + LABEL_SIZE / 3);
}

/** A white box with a soft shadow around the node and its name, then the name. */
export function drawNodeNameBox(context: CanvasRenderingContext2D, node: PlacedNode): void {
  context.font = fontOf(LABEL_SIZE);
  const textWidth = node.label ? context.measureText(node.label).width + 5 : 0;
  const half = Math.max(node.size, LABEL_SIZE / 2) + BOX_PADDING;
  context.save();
  context.fillStyle = '#ffffff';
  context.shadowColor = 'rgba(0, 0, 0, 0.5)';
  context.shadowBlur = 8;
  context.beginPath();
  context.moveTo(node.x, node.y - half);
  context.lineTo(node.x + node.size + textWidth + BOX_PADDING + 3, node.y - half);
  context.lineTo(node.x + node.size + textWidth + BOX_PADDING + 3, node.y + half);
  context.lineTo(node.x, node.y + half);
  context.arc(node.x, node.y, half, Math.PI / 2, (Math.PI * 3) / 2);
  context.closePath();
  context.fill();
  context.restore();
  drawNodeName(context, node);
}

/** A relation's label along the straight line between two placed nodes, between their discs. */
export function drawEdgeLabel(
  context: CanvasRenderingContext2D,
  label: string,
  source: PlacedNode,
  target: PlacedNode,
): void {
  if (!label) return;
  context.font = fontOf(EDGE_LABEL_SIZE);
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  const room = length - source.size - target.size;
  if (room <= 0) return;
  let text = label;
  while (text.length > 1 && context.measureText(text).width > room) text = `${text.slice(0, -2)}…`;
  let angle = Math.atan2(dy, dx);
  // never upside down
  if (angle > Math.PI / 2 || angle < -Math.PI / 2) angle += Math.PI;
  const ratio = (source.size + room / 2) / length;
  context.save();
  context.translate(source.x + dx * ratio, source.y + dy * ratio);
  context.rotate(angle);
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';
  context.fillStyle = LABEL_COLOR;
  context.fillText(text, 0, -3);
  context.restore();
}
