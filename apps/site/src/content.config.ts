// The guideline pages: Markdown with a title, a one-sentence description and an order.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const guidelines = defineCollection({
  loader: glob({ pattern: '{sv,en}/*.md', base: './src/content/guidelines' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number(),
  }),
});

export const collections = { guidelines };
