import { Typography } from '@material-ui/core';
import { useTheme } from '@material-ui/core/styles';
import type { SlaObjectiveReport } from '@paved-road/plugin-platform-products-common';
import { formatRatio } from '../shared/format';

const WIDTH = 600;
const HEIGHT = 170;
const PAD = { left: 60, right: 12, top: 12, bottom: 28 };
const HOUR_MS = 60 * 60 * 1000;

/**
 * `YYYY-MM-DD` (with the time for hourly steps) in the objective's time zone, where its
 * calendar windows start; UTC when the browser does not know the zone.
 */
function timeFormatter(timezone: string, hourly: boolean) {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(hourly && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      ...options,
      timeZone: timezone,
    });
  } catch {
    format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone: 'UTC' });
  }
  return (iso: string) => format.format(new Date(iso)).replace(',', '');
}

/**
 * The error budget left within an objective's current window, step by step from the window's
 * start to now, against the ideal straight burn from 100% at the start to 0% at the end.
 * Steps without data are shaded: the line only carries the budget over them. Drawn by hand
 * in SVG, like the plugin's other charts.
 */
export function BudgetBurnDownChart(props: { objective: SlaObjectiveReport }) {
  const { objective } = props;
  const { burnDown: points, window } = objective;
  const theme = useTheme();

  const start = Date.parse(window.from);
  const end = Math.max(Date.parse(window.periodEnd), start + 1);
  const hourly =
    points.length > 0 &&
    Date.parse(points[0].to) - Date.parse(points[0].from) <= HOUR_MS;
  const format = timeFormatter(objective.timezone, hourly);

  const known = points.flatMap(p =>
    p.remainingRatio === null ? [] : [p.remainingRatio],
  );
  const max = Math.max(1, ...known);
  const min = Math.min(0, ...known);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (iso: string | number) =>
    PAD.left +
    (((typeof iso === 'number' ? iso : Date.parse(iso)) - start) /
      (end - start)) *
      innerW;
  const y = (ratio: number) => PAD.top + ((max - ratio) / (max - min)) * innerH;

  const line = points
    .filter(p => p.remainingRatio !== null)
    .map(p => `${x(p.to).toFixed(1)},${y(p.remainingRatio!).toFixed(1)}`)
    .join(' ');
  const gaps = points.filter(p => p.coverage === 0);
  const last = points[points.length - 1];
  const title = `${objective.title}: error budget left within the ${window.text} window`;
  const summary =
    !last || last.remainingRatio === null
      ? `${title}: no data`
      : `${title}: ${formatRatio(last.remainingRatio, 0)} left at ${format(
          last.to,
        )}${
          gaps.length
            ? `; ${gaps.length} of ${points.length} ${
                hourly ? 'hours' : 'days'
              } without data`
            : ''
        }`;
  const muted = theme.palette.text.secondary;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxHeight: HEIGHT }}
      >
        <title>{summary}</title>
        {gaps.map(p => (
          <rect
            key={p.from}
            x={x(p.from)}
            width={Math.max(1, x(p.to) - x(p.from))}
            y={PAD.top}
            height={innerH}
            fill={theme.palette.action.disabledBackground}
          >
            <title>{`No data from ${format(p.from)} to ${format(p.to)}`}</title>
          </rect>
        ))}
        <g fontSize={11} fill={muted}>
          <text
            transform={`translate(14 ${PAD.top + innerH / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            Budget left
          </text>
          <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end">
            {formatRatio(max, 0)}
          </text>
          <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end">
            0%
          </text>
          {min < 0 && (
            <text x={PAD.left - 6} y={y(min)} textAnchor="end">
              {formatRatio(min, 0)}
            </text>
          )}
          <text x={PAD.left} y={HEIGHT - 8}>
            {format(window.from)}
          </text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
            {format(window.periodEnd)}
          </text>
        </g>
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(0)}
          y2={y(0)}
          stroke={theme.palette.error.main}
        />
        {/* At the left, where the ideal line is still high. */}
        <text
          x={PAD.left + 4}
          y={y(0) - 4}
          fontSize={11}
          fill={theme.palette.error.main}
        >
          budget spent
        </text>
        <line
          x1={x(start)}
          y1={y(1)}
          x2={x(end)}
          y2={y(0)}
          stroke={muted}
          strokeDasharray="6 4"
        >
          <title>Ideal: the budget spent evenly over the whole window</title>
        </line>
        {line && (
          <polyline
            points={line}
            fill="none"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
          />
        )}
      </svg>
      <Typography
        component="figcaption"
        variant="caption"
        color="textSecondary"
      >
        {title}. Dashed: the ideal, spending the budget evenly to 0% at the
        window's end.{gaps.length > 0 && ' Shaded: no data.'}
      </Typography>
    </figure>
  );
}
