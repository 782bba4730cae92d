/**
 * One problem found in a catalog file, located at the line of the offending field
 * (or of the document when the field is missing).
 */
export type ValidationProblem = {
  /** The file as it was named on the command line, relative to the working directory. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The entity, such as `component:default/checkout`; absent when the document is not an entity. */
  entityRef?: string;
  /** The annotation key, the spec field (`spec.adoption.target`), `entity` or `yaml`. */
  field: string;
  /** What is wrong, as the backend says it; starts with the field or annotation. */
  message: string;
};

/** What a run of `validate` found. */
export type ValidationReport = {
  files: string[];
  /** Documents that are catalog entities (empty documents are not counted). */
  entities: number;
  problems: ValidationProblem[];
};
