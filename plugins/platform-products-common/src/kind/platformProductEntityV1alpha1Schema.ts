import {
  PLATFORM_PRODUCT_API_VERSION,
  PLATFORM_PRODUCT_KIND,
} from './PlatformProductEntityV1alpha1';

const nonEmptyString = { type: 'string', minLength: 1 } as const;

/**
 * JSON schema (draft-07) of the PlatformProduct kind, in the form that
 * `entityKindSchemaValidator` from `@backstage/catalog-model` expects:
 * `apiVersion` and `kind` are `enum`s, so that other kinds are told apart
 * from invalid platform products.
 *
 * @public
 */
export const platformProductEntityV1alpha1Schema: Readonly<
  Record<string, unknown>
> = {
  $schema: 'http://json-schema.org/draft-07/schema',
  $id: 'PlatformProductV1alpha1',
  description:
    'A PlatformProduct describes an internal platform run as a product: who owns it, what it is made of, who could adopt it, and what an adoption is worth.',
  examples: [
    {
      apiVersion: PLATFORM_PRODUCT_API_VERSION,
      kind: PLATFORM_PRODUCT_KIND,
      metadata: {
        name: 'auth-platform',
        title: 'Authentication Platform',
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:identity',
        parts: ['component:auth-service', 'api:auth-api'],
        adoption: {
          population: { kind: 'Component', 'spec.type': 'service' },
          target: '80%',
        },
        value: { hoursSavedPerAdopter: 120, hourlyRate: 95, currency: 'USD' },
        support: { channel: '#auth-help', responseTime: '4h' },
        timeToMarket: {
          metric: 'lead-time-hours',
          baseline: 72,
          unit: 'hours',
        },
      },
    },
  ],
  allOf: [
    { $ref: 'Entity' },
    {
      type: 'object',
      required: ['spec'],
      properties: {
        apiVersion: {
          enum: [PLATFORM_PRODUCT_API_VERSION],
          description: 'The version of the PlatformProduct format.',
        },
        kind: {
          enum: [PLATFORM_PRODUCT_KIND],
          description: 'The entity kind.',
        },
        spec: {
          type: 'object',
          description: 'The platform product itself.',
          required: ['type', 'lifecycle', 'owner'],
          additionalProperties: false,
          properties: {
            type: {
              ...nonEmptyString,
              description: 'The kind of product.',
              examples: [
                'service',
                'library',
                'tooling',
                'infrastructure',
                'design-system',
                'data',
              ],
            },
            lifecycle: {
              ...nonEmptyString,
              description: 'The lifecycle stage of the product.',
              examples: ['experimental', 'production', 'deprecated'],
            },
            owner: {
              ...nonEmptyString,
              description: 'An entity reference to the owner of the product.',
              examples: ['group:identity', 'identity'],
            },
            productManager: {
              ...nonEmptyString,
              description:
                'An entity reference to the product manager, usually a user.',
              examples: ['user:jane'],
            },
            system: {
              ...nonEmptyString,
              description:
                'An entity reference to the system that the product belongs to.',
              examples: ['identity'],
            },
            parts: {
              type: 'array',
              description:
                'Entity references to what the product is made of: components, APIs, resources and so on.',
              items: nonEmptyString,
              examples: [['component:auth-service', 'api:auth-api']],
            },
            adoption: {
              type: 'object',
              description: 'How adoption of the product is measured.',
              additionalProperties: false,
              properties: {
                population: {
                  type: 'object',
                  description:
                    'Who could adopt the product, as a catalog filter from field path to the value or values it must have. All Components when absent.',
                  propertyNames: { minLength: 1 },
                  additionalProperties: {
                    anyOf: [
                      nonEmptyString,
                      { type: 'array', items: nonEmptyString, minItems: 1 },
                    ],
                  },
                  examples: [{ kind: 'Component', 'spec.type': 'service' }],
                },
                target: {
                  type: 'string',
                  description:
                    'The adoption goal as a percentage of the population.',
                  pattern: '^(?:100(?:\\.0+)?|[0-9]{1,2}(?:\\.[0-9]+)?)%$',
                  examples: ['80%'],
                },
              },
            },
            value: {
              type: 'object',
              description:
                'What one adoption is worth: cost savings are adopters × hours saved per adopter × hourly rate.',
              additionalProperties: false,
              properties: {
                hoursSavedPerAdopter: {
                  type: 'number',
                  minimum: 0,
                  description:
                    'Engineering hours an adopter saves by using the product.',
                  examples: [120],
                },
                hourlyRate: {
                  type: 'number',
                  minimum: 0,
                  description:
                    'The cost of one engineering hour, in the given currency.',
                  examples: [95],
                },
                currency: {
                  type: 'string',
                  pattern: '^[A-Z]{3}$',
                  description:
                    'ISO 4217 code of the currency of the hourly rate.',
                  examples: ['USD', 'EUR'],
                },
              },
            },
            timeToMarket: {
              type: 'object',
              description:
                'The ingested metric that shows the effect of the product on time-to-market (lower is better), compared among adopters, non-adopters and a baseline.',
              required: ['metric'],
              additionalProperties: false,
              properties: {
                metric: {
                  type: 'string',
                  pattern: '^[a-z0-9][a-z0-9._-]{0,99}$',
                  description:
                    'The name of the metric as ingested through POST /metrics.',
                  examples: ['lead-time-hours', 'onboarding-days'],
                },
                baseline: {
                  type: 'number',
                  minimum: 0,
                  description:
                    'The value of the metric before the product existed, in its unit.',
                  examples: [72],
                },
                unit: {
                  ...nonEmptyString,
                  description: 'The unit of the metric, for display.',
                  examples: ['hours', 'days'],
                },
                windowDays: {
                  type: 'integer',
                  minimum: 1,
                  maximum: 365,
                  description:
                    'How many days of points to compare, ending now; default 90.',
                  examples: [90],
                },
              },
            },
            support: {
              type: 'object',
              description: 'Where adopters get help.',
              additionalProperties: false,
              properties: {
                channel: {
                  ...nonEmptyString,
                  description: 'A chat channel, mailing list or URL.',
                  examples: ['#auth-help'],
                },
                responseTime: {
                  type: 'string',
                  // Same grammar as parseDuration, so one reader handles both.
                  pattern: '^[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w)$',
                  description:
                    'The promised time to a first response: a number followed by ms, s, m, h, d or w.',
                  examples: ['4h', '2d'],
                },
              },
            },
          },
        },
      },
    },
  ],
};
