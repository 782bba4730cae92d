import { parseSurveyResponse } from './parseSurveyResponse';

describe('parseSurveyResponse', () => {
  it('keeps the score and a trimmed plain-text comment, ignoring other fields', () => {
    expect(
      parseSurveyResponse({
        score: 0,
        comment: '  <b>slow</b>\u0000 builds\n',
        user: 'user:x',
      }),
    ).toEqual({ score: 0, comment: '<b>slow</b> builds' });
  });

  it('treats a blank or missing comment as none', () => {
    expect(parseSurveyResponse({ score: 10, comment: '   ' })).toEqual({
      score: 10,
      comment: null,
    });
    expect(parseSurveyResponse({ score: 10 })).toEqual({
      score: 10,
      comment: null,
    });
  });

  it.each([
    [null, 'The body must be an object'],
    [{ score: -1 }, 'score must be a whole number from 0 to 10, got -1'],
    [{ score: 10.5 }, 'got 10.5'],
    [{ score: 5, comment: ['a'] }, 'comment must be a string'],
    [
      { score: 5, comment: 'é'.repeat(2001) },
      'comment must be at most 2000 characters, got 2001',
    ],
  ])('refuses %j', (body, message) => {
    expect(() => parseSurveyResponse(body)).toThrow(message);
  });
});
