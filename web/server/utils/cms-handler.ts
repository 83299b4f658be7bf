import type { EventHandler, EventHandlerRequest, H3Event } from 'h3';

/**
 * API handlers that read the CMS: an unreachable or malformed CMS becomes a calm 503 (the page
 * layer shows the crisis line and asks to retry), never a stack trace.
 */
export function defineCmsHandler<T>(handler: (event: H3Event<EventHandlerRequest>) => Promise<T>): EventHandler<EventHandlerRequest, Promise<T>> {
  return defineEventHandler(async (event) => {
    try {
      return await handler(event);
    } catch (error) {
      if (error instanceof CmsUnavailableError) {
        console.error(`[cms] ${error.message}`, error.cause instanceof Error ? error.cause.message : '');
        setResponseHeader(event, 'Retry-After', 60);
        throw createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' });
      }
      throw error;
    }
  });
}

export function notFound(what: string): never {
  throw createError({ statusCode: 404, statusMessage: `${what} not found` });
}
