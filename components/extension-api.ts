// The extension's API, looked up when it is first used. WXT's `browser` (wxt/browser) makes the same choice when
// its module loads, and that first read of `runtime` makes the browser build the API's objects in the frame. The
// content script runs in every frame: a frame that holds no reading (an ad, a widget) should not pay for them
// until something is asked of it (see entrypoints/content/index.ts).
import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as ExtensionApi;
}
