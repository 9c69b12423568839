// The types of `virtual:pwa-register`, the registration module vite-plugin-pwa serves (src/offline/register-offline.ts).
/// <reference types="vite-plugin-pwa/client" />
