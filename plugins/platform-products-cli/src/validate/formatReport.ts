import { ValidationReport } from './ValidationProblem';

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/**
 * One line per problem, `<file>:<line> <entity ref> <message>` (the message starts with
 * the annotation or field it is about), then a summary line.
 */
export function formatReportAsText(report: ValidationReport): string {
  const lines = report.problems.map(p =>
    [`${p.file}:${p.line}`, p.entityRef, p.message].filter(Boolean).join(' '),
  );
  const checked = `${plural(report.files.length, 'file')}, ${plural(
    report.entities,
    'entity',
    'entities',
  )}`;
  if (report.problems.length === 0) {
    lines.push(`Checked ${checked}: no problems.`);
  } else {
    const entitiesWithProblems = new Set(
      report.problems.map(p => `${p.file}\0${p.entityRef ?? p.line}`),
    ).size;
    lines.push(
      `Checked ${checked}: ${plural(
        report.problems.length,
        'problem',
      )} in ${plural(entitiesWithProblems, 'entity', 'entities')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The report as one JSON document, for CI tools. */
export function formatReportAsJson(report: ValidationReport): string {
  return `${JSON.stringify(
    {
      files: report.files,
      entities: report.entities,
      problems: report.problems,
    },
    null,
    2,
  )}\n`;
}
