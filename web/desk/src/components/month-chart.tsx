import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { monthLabel } from '../lib/format';
import { layoutMonths, type MonthCount } from '../lib/month-chart';

/**
 * Concerns per month by kind, as a stacked bar chart drawn in SVG with Fluent's own colour tokens, and the same
 * figures as a table. Drawn here rather than with a chart library because the tokens follow the Teams theme
 * (in high contrast they become the system colours), each kind also has its own fill pattern so it can be told
 * apart without colour, and the table is what a screen reader (or a governor copying figures) reads.
 */

const COLOURS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGrapeBorderActive,
];

const useStyles = makeStyles({
  figure: { margin: 0 },
  svg: { width: '100%', maxWidth: '760px', height: 'auto', display: 'block', color: tokens.colorNeutralForeground1 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const W = 760;
const H = 300;
const PAD = { left: 40, right: 12, top: 16, bottom: 40 };

function Pattern({ id, index, colour }: { id: string; index: number; colour: string }) {
  const kind = index % 6;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8">
      <rect width="8" height="8" fill={colour} />
      {kind === 1 ? <path d="M0 8 L8 0" stroke={tokens.colorNeutralBackground1} strokeWidth="2" /> : null}
      {kind === 2 ? <circle cx="4" cy="4" r="1.6" fill={tokens.colorNeutralBackground1} /> : null}
      {kind === 3 ? <path d="M0 4 H8" stroke={tokens.colorNeutralBackground1} strokeWidth="2" /> : null}
      {kind === 4 ? <path d="M4 0 V8" stroke={tokens.colorNeutralBackground1} strokeWidth="2" /> : null}
      {kind === 5 ? <path d="M0 0 L8 8 M8 0 L0 8" stroke={tokens.colorNeutralBackground1} strokeWidth="1.5" /> : null}
    </pattern>
  );
}

export function MonthChart({
  rows,
  kindLabel,
  kindOrder,
}: {
  rows: MonthCount[];
  kindLabel: (kind: string) => string;
  kindOrder: readonly string[];
}) {
  const styles = useStyles();
  const layout = layoutMonths(rows, kindOrder);
  if (layout.bars.length === 0) return <p>No concerns recorded yet, so there is nothing to chart.</p>;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / layout.bars.length;
  const barW = Math.min(56, slot * 0.6);
  const y = (n: number) => PAD.top + plotH - (n / layout.top) * plotH;
  const fill = (kind: string) => `url(#desk-chart-${layout.kinds.indexOf(kind)})`;
  const summary = `Concerns per month by kind, ${monthLabel(layout.bars[0]!.month)} to ${monthLabel(
    layout.bars[layout.bars.length - 1]!.month,
  )}. The table below gives the figures.`;

  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <defs>
          {layout.kinds.map((k, i) => (
            <Pattern key={k} id={`desk-chart-${i}`} index={i} colour={COLOURS[i % COLOURS.length]!} />
          ))}
        </defs>
        {layout.ticks.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(t)}
              y2={y(t)}
              stroke={tokens.colorNeutralStroke2}
              strokeWidth={1}
            />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {t}
            </text>
          </g>
        ))}
        {layout.bars.map((bar, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          return (
            <g key={bar.month}>
              {bar.segments.map((s) => (
                <rect
                  key={s.kind}
                  x={x}
                  y={y(s.from + s.count)}
                  width={barW}
                  height={Math.max(0, y(s.from) - y(s.from + s.count))}
                  fill={fill(s.kind)}
                  stroke={tokens.colorNeutralForeground1}
                  strokeWidth={1}
                >
                  <title>{`${monthLabel(bar.month)}: ${s.count} × ${kindLabel(s.kind)}`}</title>
                </rect>
              ))}
              {bar.total > 0 ? (
                <text x={x + barW / 2} y={y(bar.total) - 4} textAnchor="middle" fontSize="12" fill="currentColor">
                  {bar.total}
                </text>
              ) : null}
              <text x={x + barW / 2} y={H - PAD.bottom + 18} textAnchor="middle" fontSize="12" fill="currentColor">
                {monthLabel(bar.month)}
              </text>
            </g>
          );
        })}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(0)}
          y2={y(0)}
          stroke={tokens.colorNeutralForeground1}
          strokeWidth={1}
        />
      </svg>
      <ul className={styles.legend} aria-label="Key">
        {layout.kinds.map((k, i) => (
          <li key={k} className={styles.key}>
            <svg width="16" height="16" aria-hidden="true">
              <defs>
                <Pattern id={`desk-key-${i}`} index={i} colour={COLOURS[i % COLOURS.length]!} />
              </defs>
              <rect
                x="0.5"
                y="0.5"
                width="15"
                height="15"
                fill={`url(#desk-key-${i})`}
                stroke={tokens.colorNeutralForeground1}
              />
            </svg>
            {kindLabel(k)}
          </li>
        ))}
      </ul>
      <Table aria-label="Concerns per month by kind" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            {layout.kinds.map((k) => (
              <TableHeaderCell key={k}>{kindLabel(k)}</TableHeaderCell>
            ))}
            <TableHeaderCell>Total</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {layout.bars.map((bar) => (
            <TableRow key={bar.month}>
              <TableCell>{monthLabel(bar.month)}</TableCell>
              {layout.kinds.map((k) => (
                <TableCell key={k}>{bar.segments.find((s) => s.kind === k)?.count ?? 0}</TableCell>
              ))}
              <TableCell>{bar.total}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
