export interface Config {
  platformProducts?: {
    /**
     * When true, the catalog rejects an entity whose `paved-road.io/` annotations are
     * malformed (a processing error naming the annotation). When false (the default), the
     * problem is logged and reported by Paved Road's API, cards and `validate` command, and
     * the entity stays in the catalog: a processing error would make the catalog drop a new
     * entity, or freeze an existing one at its last good version.
     */
    strictAnnotations?: boolean;
  };
}
