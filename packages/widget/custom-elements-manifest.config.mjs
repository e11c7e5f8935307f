/**
 * @custom-elements-manifest/analyzer: writes `custom-elements.json` for `<opin-support>` only (the
 * package entry, the registration and the host element), never the internal panel elements.
 * Run: `pnpm run manifest`. `test/unit/custom-elements-manifest.test.ts` fails when it is stale.
 * @internal
 */

/** Public members are the documented ones: drops `#private` members and constructor noise. */
function publicMembersOnly(declaration) {
  declaration.members = declaration.members?.filter(
    (member) => member.privacy !== 'private' && member.description,
  );
}

/** Links each attribute to its property (`api-base` → `apiBase`) when the class has one. */
function linkAttributesToFields(declaration) {
  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
    if (declaration.members?.some((member) => member.kind === 'field' && member.name === field)) {
      attribute.fieldName = field;
    }
  }
}

/**
 * `customElements.define(tag, …)` names a variable: keeps the definition under the real tag name
 * and drops the variable itself.
 */
function defineByTagName(module, tagName, classModule) {
  module.declarations = module.declarations?.filter((d) => d.kind !== 'variable');
  for (const item of module.exports ?? []) {
    if (item.kind !== 'custom-element-definition') continue;
    item.name = tagName;
    item.declaration.module = classModule;
  }
}

function tidyManifest() {
  return {
    name: 'opin-support-tidy-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const element = modules
        .flatMap((module) =>
          (module.declarations ?? []).map((declaration) => ({ module, declaration })),
        )
        .find(({ declaration }) => declaration.customElement);
      if (!element) throw new Error('custom-elements-manifest: no custom element found');
      publicMembersOnly(element.declaration);
      linkAttributesToFields(element.declaration);
      const define = modules.find((module) => module.path === 'src/define.ts');
      if (define) defineByTagName(define, element.declaration.tagName, element.module.path);
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/opin-support.ts'],
  outdir: '.',
  litelement: false,
  dependencies: false,
  packagejson: false,
  quiet: true,
  plugins: [tidyManifest()],
};
