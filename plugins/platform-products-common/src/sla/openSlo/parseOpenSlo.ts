import { parseAllDocuments } from 'yaml';
import {
  AnnotationProblem,
  annotationProblem,
} from '../../annotations/AnnotationResult';
import { ANNOTATION_OPENSLO } from '../../annotations/keys';
import { readOpenSloIndicator } from './readOpenSloIndicator';
import { readOpenSloObjective } from './readOpenSloObjective';
import { readOpenSloTimeWindow } from './readOpenSloTimeWindow';
import { isRecord, quote, ReadResult } from './readResult';
import {
  OpenSloIndicator,
  OpenSloObjective,
  OpenSloParseResult,
} from './types';

const API_VERSION = 'openslo/v1';

// OpenSLO v1 kinds that describe no objective; a file may hold them beside
// its SLOs, and they are passed over without a word.
const OTHER_KINDS = new Set([
  'Service',
  'DataSource',
  'AlertPolicy',
  'AlertCondition',
  'AlertNotificationTarget',
]);

const BUDGETING_METHODS = ['Occurrences', 'Timeslices'] as const;

type Document = { index: number; content: Record<string, unknown> };

function nameOf(document: Record<string, unknown>): string | undefined {
  const metadata = document.metadata;
  const name = isRecord(metadata) ? metadata.name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

function stringField(
  record: Record<string, unknown>,
  key: string,
): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Reads the YAML documents; a document YAML cannot read is a problem. */
function readDocuments(
  text: string,
  report: (description: string) => void,
): Document[] {
  const documents: Document[] = [];
  parseAllDocuments(text).forEach((document, index) => {
    const position = `document ${index + 1}`;
    if (document.errors.length > 0) {
      report(`${position} is not valid YAML: ${document.errors[0].message}`);
      return;
    }
    const content: unknown = document.toJS();
    if (content === null || content === undefined) {
      return;
    }
    if (!isRecord(content)) {
      report(`${position} is not a map`);
      return;
    }
    documents.push({ index, content });
  });
  return documents;
}

/** The SLI of an SLO: inline `indicator`, or `indicatorRef` to an SLI document. */
function readIndicator(
  spec: Record<string, unknown>,
  slis: ReadonlyMap<string, Record<string, unknown>>,
): ReadResult<OpenSloIndicator> {
  const { indicator, indicatorRef } = spec;
  if ((indicator === undefined) === (indicatorRef === undefined)) {
    return {
      ok: false,
      error: 'an SLO needs exactly one of indicator and indicatorRef',
    };
  }
  if (indicator !== undefined) {
    return isRecord(indicator)
      ? readOpenSloIndicator(indicator.spec, nameOf(indicator))
      : { ok: false, error: 'indicator must be a map' };
  }
  const sli =
    typeof indicatorRef === 'string' ? slis.get(indicatorRef) : undefined;
  if (!sli) {
    return {
      ok: false,
      error: `indicatorRef ${quote(
        indicatorRef,
      )} names no SLI document in this file`,
    };
  }
  return readOpenSloIndicator(sli.spec, nameOf(sli));
}

/**
 * Reads the objectives of the `SLO` documents of an OpenSLO v1 file (YAML,
 * several documents allowed), for Paved Road's SLA tracker:
 *
 * - indicators: `ratioMetric` (good or bad, and total) or `thresholdMetric`,
 *   inline or through `indicatorRef` to an `SLI` document of the same file;
 * - time windows: rolling (whole hours, days, weeks; OpenSLO months,
 *   quarters and years as 30, 90 and 365 days) or calendar (`1M`, `1Q`,
 *   `1Y` in the calendar's `timeZone`);
 * - budgeting: `Occurrences`, or `Timeslices` (see
 *   {@link OpenSloObjective.timeslice});
 * - targets as `target` (0–1) or `targetPercent` (0–100).
 *
 * Not supported, each with a problem saying so: other apiVersions,
 * `RatioTimeslices`, precomputed ratios (`ratioMetric.raw`), composite SLOs,
 * calendar windows other than a month, quarter or year. `alertPolicies` are
 * not read (the tracker alerts on burn rates itself). An SLO with a problem is
 * left out; the file's other SLOs still work.
 *
 * The backend reads the file named by `paved-road.io/openslo` (relative to
 * the entity's location, with Backstage's `UrlReader`) and passes its text
 * here. `source` names the file in problem messages: the annotation's value,
 * or the resolved URL.
 *
 * @public
 */
export function parseOpenSlo(text: string, source: string): OpenSloParseResult {
  const problems: AnnotationProblem[] = [];
  const report = (description: string) =>
    problems.push(annotationProblem(ANNOTATION_OPENSLO, source, description));

  const documents = readDocuments(text, report);
  const slis = new Map<string, Record<string, unknown>>();
  for (const { content } of documents) {
    const name = nameOf(content);
    if (content.kind === 'SLI' && content.apiVersion === API_VERSION && name) {
      slis.set(name, content);
    }
  }

  const objectives: OpenSloObjective[] = [];
  let sloCount = 0;
  for (const { index, content } of documents) {
    const { kind, apiVersion } = content;
    const name = nameOf(content);
    const label = name ? `SLO ${quote(name)}` : `document ${index + 1}`;
    if (kind !== 'SLO') {
      if (kind !== 'SLI' && !OTHER_KINDS.has(String(kind))) {
        report(
          `document ${index + 1} has kind ${quote(
            kind,
          )}; only OpenSLO v1 SLO documents (and the SLI documents they refer to) are read`,
        );
      }
      continue;
    }
    sloCount++;
    const fail = (description: string) => report(`${label}: ${description}`);
    if (apiVersion !== API_VERSION) {
      fail(
        `apiVersion ${quote(
          apiVersion,
        )} is not supported; expected "${API_VERSION}"`,
      );
      continue;
    }
    if (!name) {
      fail('metadata.name is missing');
      continue;
    }
    const spec = content.spec;
    if (!isRecord(spec)) {
      fail('spec is missing');
      continue;
    }

    const budgetingMethod = BUDGETING_METHODS.find(
      method => method === spec.budgetingMethod,
    );
    if (!budgetingMethod) {
      fail(
        spec.budgetingMethod === 'RatioTimeslices'
          ? 'budgetingMethod "RatioTimeslices" is not supported; expected "Occurrences" or "Timeslices"'
          : `budgetingMethod ${quote(
              spec.budgetingMethod,
            )} is not "Occurrences" or "Timeslices"`,
      );
      continue;
    }
    const indicator = readIndicator(spec, slis);
    if (!indicator.ok) {
      fail(indicator.error);
      continue;
    }
    const timeWindow = readOpenSloTimeWindow(spec.timeWindow);
    if (!timeWindow.ok) {
      fail(timeWindow.error);
      continue;
    }
    timeWindow.notes.forEach(fail);
    if (Array.isArray(spec.alertPolicies) && spec.alertPolicies.length > 0) {
      fail(
        'alertPolicies are not read; the SLA tracker pages and files tickets on multi-window burn rates itself',
      );
    }
    const entries = spec.objectives;
    if (!Array.isArray(entries) || entries.length === 0) {
      fail('objectives must be a list of at least one objective');
      continue;
    }

    entries.forEach((entry, position) => {
      const objective = readOpenSloObjective(
        entry,
        indicator.value,
        budgetingMethod,
      );
      const id = entries.length === 1 ? name : `${name}-${position + 1}`;
      if (!objective.ok) {
        fail(`objective ${position + 1}: ${objective.error}`);
        return;
      }
      if (objectives.some(existing => existing.id === id)) {
        fail(
          `objective id ${quote(
            id,
          )} is used by an earlier SLO of the file; this one is left out`,
        );
        return;
      }
      const { displayName, ...target } = objective.value;
      const description = stringField(spec, 'description');
      const service = stringField(spec, 'service');
      objectives.push({
        id,
        sloName: name,
        title:
          displayName ??
          (isRecord(content.metadata)
            ? stringField(content.metadata, 'displayName')
            : undefined) ??
          name,
        ...(description ? { description } : {}),
        ...(service ? { service } : {}),
        ...target,
        window: timeWindow.value.window,
        ...(timeWindow.value.timezone
          ? { timezone: timeWindow.value.timezone }
          : {}),
        budgetingMethod,
        indicator: indicator.value,
      });
    });
  }

  if (sloCount === 0 && problems.length === 0) {
    report('has no OpenSLO SLO document (kind: SLO, apiVersion: openslo/v1)');
  }
  return { objectives, problems };
}
