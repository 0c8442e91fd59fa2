import {
  DataVizPalette,
  getColorFromToken,
  VerticalStackedBarChart,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
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
import { useDesk } from '../desk-context';
import { monthLabel } from '../lib/format';
import { layoutMonths, type MonthCount } from '../lib/month-chart';
import type { ThemeName } from '../lib/theme-name';

/**
 * Concerns per month by kind, as a stacked bar chart from Fluent UI's own chart library (@fluentui/react-charts,
 * bundled with the desk: nothing from a CDN), and the same figures as a table, which is what a screen reader (or a
 * governor copying figures) reads. The chart's axes and legend follow the Fluent theme; the bars' colours are the
 * library's data-visualisation palette for light and dark, and in high contrast a set of distinct bright colours
 * (Teams' high-contrast palette gives every colour the same cyan). Gaps between a stack's segments and the legend's
 * order keep the kinds apart where colour does not.
 */

const PALETTE = [
  DataVizPalette.color1,
  DataVizPalette.color2,
  DataVizPalette.color3,
  DataVizPalette.color4,
  DataVizPalette.color5,
  DataVizPalette.color6,
];

/** Bright, mutually distinct colours with at least 7:1 contrast on the high-contrast theme's black. */
const HIGH_CONTRAST = ['#1aebff', '#ffff00', '#3ff23f', '#ffffff', '#ff9de2', '#ffa94d'];

export function kindColour(theme: ThemeName, index: number): string {
  if (theme === 'contrast') return HIGH_CONTRAST[index % HIGH_CONTRAST.length]!;
  return getColorFromToken(PALETTE[index % PALETTE.length]!, theme === 'dark');
}

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  chart: { width: '100%', maxWidth: '760px', margin: 0 },
  // The library capitalises every word of a legend ("Friend Request From A Pupil"); the kinds are sentences.
  legendText: { textTransform: 'none' },
});

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
  const { theme } = useDesk();
  const layout = layoutMonths(rows, kindOrder);
  if (layout.bars.length === 0) return <p>No concerns recorded yet, so there is nothing to chart.</p>;
  const first = monthLabel(layout.bars[0]!.month);
  const last = monthLabel(layout.bars[layout.bars.length - 1]!.month);
  const summary = `Concerns per month by kind, ${first} to ${last}. The table below gives the figures.`;
  const data: VerticalStackedChartProps[] = layout.bars.map((bar) => ({
    xAxisPoint: monthLabel(bar.month),
    chartData: layout.kinds.map((kind, i) => ({
      legend: kindLabel(kind),
      data: bar.segments.find((s) => s.kind === kind)?.count ?? 0,
      color: kindColour(theme, i),
    })),
    stackCallOutAccessibilityData: { ariaLabel: `${monthLabel(bar.month)}: ${bar.total} concerns` },
  }));

  return (
    <div className={styles.figure}>
      <figure className={styles.chart} aria-label={summary}>
        <VerticalStackedBarChart
          data={data}
          height={300}
          chartTitle={summary}
          barWidth="auto"
          maxBarWidth={56}
          barGapMax={2}
          yAxisTickCount={Math.min(6, layout.ticks.length)}
          legendProps={{
            allowFocusOnLegends: true,
            canSelectMultipleLegends: true,
            styles: { text: styles.legendText },
          }}
        />
      </figure>
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
    </div>
  );
}
