// @ts-check
/**
 * A TypeDoc plugin for the SDK reference: with typedoc-plugin-zod, a `z.infer<typeof schema>` type
 * is documented field by field from the schema's shape, and TypeDoc takes each field's schema
 * (`createdAt: timestampSchema`) for a default value. A response field has no default: this drops
 * those. Loaded by `typedoc.json`.
 * @internal
 */
import { Converter, DeclarationReflection, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const isSchema =
        reflection instanceof DeclarationReflection &&
        /Schema$/.test(reflection.defaultValue ?? '');
      if (isSchema) reflection.defaultValue = undefined;
    }
  });
}
