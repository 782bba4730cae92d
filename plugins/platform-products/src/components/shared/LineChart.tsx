import { useTheme } from '@material-ui/core/styles';

/** One point of a {@link LineChart}; a null value is a gap in the line. */
export interface ChartPoint {
  /** The x label, e.g. a day `2026-11-01` or a period `2026-Q3`. */
  label: string;
  value: number | null;
}

export interface LineChartProps {
  /** Oldest first. */
  points: ChartPoint[];
  /** What the chart shows, for screen readers and the tooltip, e.g. "Adoption rate". */
  title: string;
  formatValue: (value: number) => string;
  /** Fixed value range; defaults to the data's. */
  min?: number;
  max?: number;
  /** A horizontal reference line, e.g. the target. */
  reference?: { value: number; label: string };
  height?: number;
}

const WIDTH = 600;
const PAD = { left: 48, right: 12, top: 12, bottom: 24 };

function segments(
  points: ChartPoint[],
  x: (i: number) => number,
  y: (v: number) => number,
) {
  // Consecutive known values form a segment: missing data is drawn as a gap, never as zero.
  const result: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) result.push(current.join(' '));
      current = [];
    } else {
      current.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
    }
  });
  if (current.length) result.push(current.join(' '));
  return result;
}

/**
 * A small SVG line chart of a series, with its range, first and last labels and an
 * optional reference line. Hand-drawn to keep the plugin's bundle free of a chart library.
 */
export function LineChart(props: LineChartProps) {
  const { points, title, formatValue, reference, height = 160 } = props;
  const theme = useTheme();
  const known = points.map(p => p.value).filter((v): v is number => v !== null);
  const values = reference ? [...known, reference.value] : known;
  let min = props.min ?? Math.min(...values);
  let max = props.max ?? Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left +
    (points.length > 1 ? (i / (points.length - 1)) * innerW : innerW / 2);
  const y = (v: number) => PAD.top + (1 - (v - min) / (max - min)) * innerH;

  const first = points.find(p => p.value !== null);
  const last = [...points].reverse().find(p => p.value !== null);
  const summary =
    first && last
      ? `${title}: ${formatValue(first.value!)} on ${
          first.label
        }, ${formatValue(last.value!)} on ${last.label}`
      : `${title}: no data`;

  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxHeight: height }}
    >
      <title>{summary}</title>
      <g fontSize={11} fill={theme.palette.text.secondary}>
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
          {formatValue(max)}
        </text>
        <text x={PAD.left - 6} y={PAD.top + innerH} textAnchor="end">
          {formatValue(min)}
        </text>
        {points.length > 0 && (
          <>
            <text x={PAD.left} y={height - 6}>
              {points[0].label}
            </text>
            <text x={WIDTH - PAD.right} y={height - 6} textAnchor="end">
              {points[points.length - 1].label}
            </text>
          </>
        )}
      </g>
      <line
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={PAD.top + innerH}
        y2={PAD.top + innerH}
        stroke={theme.palette.divider}
      />
      {reference && (
        <g>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(reference.value)}
            y2={y(reference.value)}
            stroke={theme.palette.text.secondary}
            strokeDasharray="6 4"
          />
          <text
            x={WIDTH - PAD.right}
            y={y(reference.value) - 4}
            textAnchor="end"
            fontSize={11}
            fill={theme.palette.text.secondary}
          >
            {reference.label}
          </text>
        </g>
      )}
      {segments(points, x, y).map(segment => (
        <polyline
          key={segment}
          points={segment}
          fill="none"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
        />
      ))}
      {points.map((p, i) =>
        p.value === null ? null : (
          <circle
            key={`${p.label}-${i}`}
            cx={x(i)}
            cy={y(p.value)}
            r={points.length > 40 ? 1.5 : 3}
            fill={theme.palette.primary.main}
          >
            <title>{`${p.label}: ${formatValue(p.value)}`}</title>
          </circle>
        ),
      )}
    </svg>
  );
}
