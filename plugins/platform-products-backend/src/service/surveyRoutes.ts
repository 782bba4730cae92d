import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  recentSurveyPeriods,
  SurveyPeriodUnit,
  SurveyResponseResponse,
  SurveySummaryResponse,
  surveyPeriodOf,
} from '@paved-road/plugin-platform-products-common';
import express from 'express';
import Router from 'express-promise-router';
import { SurveyStore } from '../database/SurveyStore';
import { entityRefOf } from '../entityRefs';
import { parseSurveyResponse } from '../surveys/parseSurveyResponse';
import {
  SURVEY_HISTORY_PERIODS,
  surveyHistory,
} from '../surveys/surveySummary';
import { entityFromPath } from './entityFromPath';

export interface SurveyRoutesOptions {
  auth: AuthService;
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  store: SurveyStore;
  periodUnit: SurveyPeriodUnit;
  /** The clock; tests set it. */
  now?: () => Date;
}

const RECENT_COMMENTS = 10;

/** Developer-satisfaction surveys: answer, and read the NPS summary. */
export function surveyRoutes(options: SurveyRoutesOptions): express.Router {
  const { auth, httpAuth, catalog, store, periodUnit } = options;
  const now = options.now ?? (() => new Date());
  const router = Router();

  router.put(
    '/entities/:kind/:namespace/:name/survey/response',
    async (req, res) => {
      // Only people answer; the respondent is whoever signed in, whatever the body says.
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const input = parseSurveyResponse(req.body);
      const entity = await entityFromPath(req, catalog, credentials);
      const entityRef = entityRefOf(entity);
      const answeredAt = now();
      const period = surveyPeriodOf(answeredAt, periodUnit).id;
      const { replaced } = await store.saveAnswer({
        entityRef,
        userRef: credentials.principal.userEntityRef,
        period,
        score: input.score,
        comment: input.comment,
        answeredAt,
      });
      const body: SurveyResponseResponse = {
        entityRef,
        answer: {
          period,
          score: input.score,
          comment: input.comment,
          answeredAt: answeredAt.toISOString(),
        },
        replaced,
      };
      res.json(body);
    },
  );

  router.get('/entities/:kind/:namespace/:name/survey', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entity = await entityFromPath(req, catalog, credentials);
    const entityRef = entityRefOf(entity);
    const time = now();
    const periods = recentSurveyPeriods(
      time,
      periodUnit,
      SURVEY_HISTORY_PERIODS,
    );
    const current = periods[periods.length - 1];
    // Services read the summary too; only a user has an answer of their own.
    const userRef = auth.isPrincipal(credentials, 'user')
      ? credentials.principal.userEntityRef
      : undefined;
    const [counts, recentComments, myAnswer] = await Promise.all([
      store.countByPeriod(
        entityRef,
        periods.map(p => p.id),
      ),
      store.recentComments(entityRef, RECENT_COMMENTS),
      userRef ? store.getAnswer(entityRef, current.id, userRef) : undefined,
    ]);
    const history = surveyHistory(counts, time, periodUnit);
    const body: SurveySummaryResponse = {
      entityRef,
      question: `How likely are you to recommend ${
        entity.metadata.title ?? entity.metadata.name
      } to a colleague?`,
      periodUnit,
      current: history[history.length - 1],
      history,
      recentComments,
      myAnswer: myAnswer ?? null,
    };
    res.json(body);
  });

  return router;
}
