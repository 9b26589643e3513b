// Controleert de kop (front matter) van elk Markdown-bestand tegen het schema dat
// `mienskip schema --draft-07 --out .mienskip/schema` schreef: in VS Code en Codespaces
// (met de extensie unifiedjs.vscode-remark) staat een rode of gele streep onder een
// onbekende sleutel of een verkeerde waarde, en `npm run controleer` doet hetzelfde in de
// terminal. `mienskip check` blijft de echte controle.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const schema = (kind) => `./.mienskip/schema/${kind}.schema.json`;

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          // <id>.md is the item; <id>.<taal>.md een vertaling ervan.
          [schema('room')]: ['content/rooms/+([a-z0-9-]).md'],
          [schema('area')]: ['content/areas/+([a-z0-9-]).md'],
          [schema('initiative')]: ['content/initiatives/+([a-z0-9-]).md'],
          [schema('organisation')]: ['content/organisations/+([a-z0-9-]).md'],
          [schema('page')]: ['content/pages/+([a-z0-9-]).md'],
          [schema('translation')]: ['content/*/*.*.md'],
        },
      },
    ],
  ],
};
