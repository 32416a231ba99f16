import type { Entity, Relation } from '../../../../contracts/index.js';

export const BOX_WIDTH = 168;
export const BOX_HEIGHT = 52;
const GAP_X = 120;
const GAP_Y = 96;
const MARGIN = 24;

export interface BoxLayout {
  name: string;
  x: number;
  y: number;
  fieldCount: number;
}

export interface LineLayout {
  key: string;
  kind: Relation['kind'];
  name: string;
  /** Start and end on the boxes' edges, so arrowheads are visible. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelX: number;
  labelY: number;
  /** A relation from an entity to itself is drawn as a loop above its box. */
  self: boolean;
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: BoxLayout[];
  lines: LineLayout[];
}

/**
 * Entities on a near-square grid in document order, relations as straight lines between box edges. No
 * graph library: Blueprints have tens of entities, and a predictable grid reads better than a force layout.
 */
export function layoutDiagram(entities: Entity[], relations: Relation[]): DiagramLayout {
  const columns = Math.max(1, Math.ceil(Math.sqrt(entities.length)));
  const rows = Math.max(1, Math.ceil(entities.length / columns));
  const boxes = entities.map((entity, index) => ({
    name: entity.name,
    x: MARGIN + (index % columns) * (BOX_WIDTH + GAP_X),
    y: MARGIN + 24 + Math.floor(index / columns) * (BOX_HEIGHT + GAP_Y),
    fieldCount: entity.fields.length,
  }));
  const byName = new Map(boxes.map((box) => [box.name, box]));
  const pairCount = new Map<string, number>();
  const lines: LineLayout[] = [];
  for (const relation of relations) {
    const from = byName.get(relation.from);
    const to = byName.get(relation.to);
    if (!from || !to) continue;
    const pair = [relation.from, relation.to].sort().join('|');
    const nth = pairCount.get(pair) ?? 0;
    pairCount.set(pair, nth + 1);
    lines.push(lineBetween(relation, from, to, nth));
  }
  return {
    width: MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * GAP_X,
    height: MARGIN * 2 + 24 + rows * BOX_HEIGHT + (rows - 1) * GAP_Y,
    boxes,
    lines,
  };
}

function lineBetween(relation: Relation, from: BoxLayout, to: BoxLayout, nth: number): LineLayout {
  const key = `${relation.from}.${relation.name}`;
  if (from === to) {
    const x = from.x + BOX_WIDTH / 2;
    return {
      key,
      kind: relation.kind,
      name: relation.name,
      x1: x - 20,
      y1: from.y,
      x2: x + 20,
      y2: from.y,
      labelX: x,
      labelY: from.y - 30 - nth * 14,
      self: true,
    };
  }
  const start = edgePoint(from, to);
  const end = edgePoint(to, from);
  // Several relations between the same pair share the line; their labels are stacked so none hides another.
  return {
    key,
    kind: relation.kind,
    name: relation.name,
    ...{ x1: start.x, y1: start.y, x2: end.x, y2: end.y },
    labelX: (start.x + end.x) / 2,
    labelY: (start.y + end.y) / 2 + nth * 16,
    self: false,
  };
}

/** Where the line from the centre of `box` towards the centre of `other` leaves `box`. */
function edgePoint(box: BoxLayout, other: BoxLayout) {
  const cx = box.x + BOX_WIDTH / 2;
  const cy = box.y + BOX_HEIGHT / 2;
  const dx = other.x + BOX_WIDTH / 2 - cx;
  const dy = other.y + BOX_HEIGHT / 2 - cy;
  const scale = Math.min(
    dx === 0 ? Infinity : BOX_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : BOX_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}
