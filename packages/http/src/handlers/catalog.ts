/**
 * Public look-ups: institutions, desks, topics, articles (with feedback) and the routing preview.
 * None needs authorization.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import {
  articleFeedbackRequestSchema,
  articlesQuerySchema,
  routingPreviewRequestSchema,
  topicsQuerySchema,
  type Desk,
  type Institution,
} from '@opin/support-sdk/schemas';
import { http, type HttpHandler } from 'msw';
import {
  listTopics,
  notFound,
  previewAt,
  previewRoute,
  searchArticles,
} from '@opin/support-domain';
import { readBody, readQuery } from '../http/body.js';
import { json, noContent } from '../http/respond.js';
import { param, route } from '../http/route.js';

/** `GET /institutions`, `GET /desks`, `GET /topics`, `GET /articles`, feedback, routing preview. */
export function catalogHandlers(ctx: ApiContext): HttpHandler[] {
  const base = ctx.options.basePath;
  return [
    http.get(
      `${base}/institutions`,
      route(ctx, () =>
        json(
          ctx.directory.desks
            .filter((desk) => desk.institution)
            .map((desk): Institution => ({
              id: desk.id,
              name: { ...desk.name },
              languages: [...desk.languages],
              integration: desk.integration,
              responseTargetHours: desk.responseTargetHours,
              contactUrl: desk.contactUrl,
            })),
        ),
      ),
    ),
    http.get(
      `${base}/desks`,
      route(ctx, () =>
        json(
          ctx.directory.desks.map((desk): Desk => {
            const view: Desk = {
              id: desk.id,
              name: { ...desk.name },
              languages: [...desk.languages],
              integration: desk.integration,
              responseTargetHours: desk.responseTargetHours,
            };
            if (desk.deskEmail !== undefined) view.deskEmail = desk.deskEmail;
            return view;
          }),
        ),
      ),
    ),
    http.get(
      `${base}/topics`,
      route(ctx, ({ request }) => {
        const query = readQuery(request, topicsQuerySchema);
        return json(listTopics(ctx.directory, query.locale ?? 'fi'));
      }),
    ),
    http.get(
      `${base}/articles`,
      route(ctx, ({ request }) =>
        json(searchArticles(ctx.directory, readQuery(request, articlesQuerySchema))),
      ),
    ),
    http.post(
      `${base}/articles/:id/feedback`,
      route(ctx, async ({ request, params }) => {
        const article = ctx.directory.findArticle(param(params, 'id'));
        if (!article) throw notFound('No such article.');
        const feedback = await readBody(request, articleFeedbackRequestSchema);
        await ctx.tickets.records((records) => {
          records.feedback.count(article.id, feedback.helpful);
        });
        return noContent();
      }),
    ),
    http.post(
      `${base}/routing/preview`,
      route(ctx, async ({ request }) => {
        const body = await readBody(request, routingPreviewRequestSchema);
        return json(previewAt(previewRoute(ctx.directory, body), ctx.clock.nowIso()));
      }),
    ),
  ];
}
