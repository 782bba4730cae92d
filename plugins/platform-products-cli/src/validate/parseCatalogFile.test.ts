import { parseCatalogFile } from './parseCatalogFile';

const text = `# a comment
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: one
  annotations:
    paved-road.io/sla-window: 30x
spec:
  type: service
  parts:
    - a
    - b
---
---
# second entity
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: two }
`;

describe('parseCatalogFile', () => {
  it('reads every non-empty document with the line where its content starts', () => {
    const { documents, problems } = parseCatalogFile('catalog.yaml', text);
    expect(problems).toEqual([]);
    expect(documents.map(d => [d.file, d.line])).toEqual([
      ['catalog.yaml', 3],
      ['catalog.yaml', 17],
    ]);
    expect(documents[1].value).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'two' },
    });
  });

  it('finds the line of a field, of a list item, and of the nearest ancestor of a missing field', () => {
    const [document] = parseCatalogFile('catalog.yaml', text).documents;
    expect(
      document.lineOf(['metadata', 'annotations', 'paved-road.io/sla-window']),
    ).toBe(8);
    expect(document.lineOf(['spec', 'type'])).toBe(10);
    expect(document.lineOf(['spec', 'parts', 1])).toBe(13);
    expect(document.lineOf(['spec', 'owner'])).toBe(9);
    expect(document.lineOf(['spec', 'parts', 7])).toBe(11);
    expect(document.lineOf([])).toBe(3);
  });

  it('reports YAML syntax errors with their line and skips that document', () => {
    const broken = `apiVersion: v1\nkind: Component\n---\nmetadata:\n  name: [unclosed\n`;
    const { documents, problems } = parseCatalogFile('bad.yaml', broken);
    expect(documents).toHaveLength(1);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toEqual({
      file: 'bad.yaml',
      line: expect.any(Number),
      field: 'yaml',
      message: expect.any(String),
    });
    expect(problems[0].line).toBeGreaterThanOrEqual(4);
  });

  it('has nothing for an empty file', () => {
    expect(parseCatalogFile('empty.yaml', '')).toEqual({
      documents: [],
      problems: [],
    });
  });
});
