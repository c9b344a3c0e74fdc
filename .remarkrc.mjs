// Front matter of content/*.md checked against schemas/ as you type (VS Code: the remark extension), and by
// `npm run check-front-matter`; programme.yml and risks.yml are checked by the YAML extension (.vscode/settings.json).
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [remarkLintFrontmatterSchema, {
      schemas: {
        './schemas/subproject.schema.json': ['content/subprojects/*.md'],
        './schemas/update.schema.json': ['content/updates/*.md'],
        './schemas/message.schema.json': ['content/communication/*.md'],
        './schemas/page.schema.json': ['content/pages/*.md'],
      },
    }],
  ],
};
