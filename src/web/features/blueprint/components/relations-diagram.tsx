import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { Network } from 'lucide-react';
import { BOX_HEIGHT, BOX_WIDTH, layoutDiagram } from '../lib/diagram-layout.js';

/** Entities as boxes and relations as labelled arrows, with the same relations as a table for screen readers. */
export function RelationsDiagram({ blueprint }: { blueprint: Blueprint }) {
  const { t } = useTranslation();
  const layout = layoutDiagram(blueprint.entities, blueprint.relations);
  const title = t('blueprint.relations.diagramTitle');
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader>
          <CardTitle>{title}</CardTitle>
          <CardDescription>
            {t('blueprint.relations.diagramDescription', {
              entities: blueprint.entities.length,
              relations: blueprint.relations.length,
            })}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {/* SVG coordinates do not mirror in RTL; the diagram keeps one orientation in both languages. */}
          <div className="overflow-auto rounded-lg border bg-background" dir="ltr">
            <svg
              role="img"
              aria-label={title}
              width={layout.width}
              height={layout.height}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              className="text-foreground"
            >
              <defs>
                <marker
                  id="relation-arrow"
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M 0 0 L 10 5 L 0 10 z" className="fill-muted-foreground" />
                </marker>
              </defs>
              {layout.lines.map((line) =>
                line.self ? (
                  <path
                    key={line.key}
                    d={`M ${line.x1} ${line.y1} C ${line.x1 - 10} ${line.y1 - 40}, ${line.x2 + 10} ${line.y2 - 40}, ${line.x2} ${line.y2}`}
                    fill="none"
                    className="stroke-muted-foreground"
                    strokeWidth={1.5}
                    markerEnd="url(#relation-arrow)"
                  />
                ) : (
                  <line
                    key={line.key}
                    x1={line.x1}
                    y1={line.y1}
                    x2={line.x2}
                    y2={line.y2}
                    className="stroke-muted-foreground"
                    strokeWidth={1.5}
                    strokeDasharray={line.kind === 'many-to-many' ? '5 4' : undefined}
                    markerEnd="url(#relation-arrow)"
                  />
                ),
              )}
              {layout.boxes.map((box) => (
                <g key={box.name}>
                  <rect
                    x={box.x}
                    y={box.y}
                    width={BOX_WIDTH}
                    height={BOX_HEIGHT}
                    rx={8}
                    className="fill-card stroke-primary"
                    strokeWidth={1.5}
                  />
                  <text
                    x={box.x + BOX_WIDTH / 2}
                    y={box.y + 22}
                    textAnchor="middle"
                    className="fill-foreground text-[13px] font-semibold"
                  >
                    {box.name}
                  </text>
                  <text
                    x={box.x + BOX_WIDTH / 2}
                    y={box.y + 40}
                    textAnchor="middle"
                    className="fill-muted-foreground text-[11px]"
                  >
                    {t('blueprint.entities.count', { count: box.fieldCount })}
                  </text>
                </g>
              ))}
              {layout.lines.map((line) => (
                <text
                  key={`${line.key}-label`}
                  x={line.labelX}
                  y={line.labelY}
                  textAnchor="middle"
                  paintOrder="stroke"
                  strokeWidth={4}
                  strokeLinejoin="round"
                  className="fill-foreground stroke-background text-[11px]"
                >
                  {`${line.name} · ${t(`blueprint.relations.kinds.${line.kind}`)}`}
                </text>
              ))}
            </svg>
          </div>
        </CardContent>
      </Card>
      {blueprint.relations.length === 0 ? (
        <EmptyState
          icon={Network}
          title={t('blueprint.relations.listCaption')}
          description={t('blueprint.relations.none')}
        />
      ) : (
        <Card>
          <CardContent className="px-2 pt-4 sm:px-2">
            <Table>
              <caption className="sr-only">{t('blueprint.relations.listCaption')}</caption>
              <TableHeader>
                <TableRow>
                  <TableHead>{t('blueprint.relations.from')}</TableHead>
                  <TableHead>{t('blueprint.relations.name')}</TableHead>
                  <TableHead>{t('blueprint.relations.kind')}</TableHead>
                  <TableHead>{t('blueprint.relations.to')}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {blueprint.relations.map((relation) => (
                  <TableRow key={`${relation.from}.${relation.name}`}>
                    <TableCell>
                      <code>{relation.from}</code>
                    </TableCell>
                    <TableCell>
                      <code>{relation.name}</code>
                    </TableCell>
                    <TableCell>{t(`blueprint.relations.kinds.${relation.kind}`)}</TableCell>
                    <TableCell>
                      <code>{relation.to}</code>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
