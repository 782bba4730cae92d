// @ts-check

/**
 * The adopters of each platform product as rows of their own, indexed by adopter, so that
 * "which products does this entity adopt" is one indexed read instead of one read per
 * product. They move out of `product_adoption.detail`, which keeps the population filter,
 * teams and time-to-market.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('product_adopters', table => {
    table.comment(
      'The adopters of each product in its latest adoption, with how they adopt it',
    );
    table.string('product_ref', 255).notNullable();
    table.string('adopter_ref', 255).notNullable();
    table.text('title').nullable();
    table.string('owner_ref', 255).nullable();
    table
      .boolean('in_population')
      .notNullable()
      .comment('Whether the adopter counts towards the rate');
    table
      .text('via')
      .notNullable()
      .comment('JSON: the ways it adopts the product, [{ method, targetRef }]');
    table.primary(['product_ref', 'adopter_ref']);
    table.index(['adopter_ref'], 'product_adopters_adopter_idx');
  });

  // Existing snapshots keep their adopters until the next adoption run replaces them.
  const rows = await knex('product_adoption').select('product_ref', 'detail');
  for (const row of rows) {
    /**
     * @type {{ adopters?: Array<{ entityRef: string, title?: string, ownerRef: string | null,
     *   via: unknown[], inPopulation: boolean }> }}
     */
    const detail = JSON.parse(row.detail);
    const { adopters = [], ...rest } = detail;
    // 150 rows × 6 columns stays under SQLite's bound-parameter limit.
    for (let i = 0; i < adopters.length; i += 150) {
      await knex('product_adopters').insert(
        adopters.slice(i, i + 150).map(adopter => ({
          product_ref: row.product_ref,
          adopter_ref: adopter.entityRef,
          title: adopter.title ?? null,
          owner_ref: adopter.ownerRef,
          in_population: adopter.inPopulation,
          via: JSON.stringify(adopter.via),
        })),
      );
    }
    await knex('product_adoption')
      .where({ product_ref: row.product_ref })
      .update({ detail: JSON.stringify(rest) });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const rows = await knex('product_adoption').select('product_ref', 'detail');
  for (const row of rows) {
    const adopters = await knex('product_adopters')
      .where({ product_ref: row.product_ref })
      .orderBy([
        { column: 'in_population', order: 'desc' },
        { column: 'adopter_ref', order: 'asc' },
      ]);
    await knex('product_adoption')
      .where({ product_ref: row.product_ref })
      .update({
        detail: JSON.stringify({
          ...JSON.parse(row.detail),
          adopters: adopters.map(adopter => ({
            entityRef: adopter.adopter_ref,
            ...(adopter.title !== null && { title: adopter.title }),
            ownerRef: adopter.owner_ref,
            via: JSON.parse(adopter.via),
            inPopulation: Boolean(adopter.in_population),
          })),
        }),
      });
  }
  await knex.schema.dropTable('product_adopters');
};
