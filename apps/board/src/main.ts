// Entry point: builds the token store, the GraphQL client and i18n once, then mounts the board.
import { createApp, watch } from 'vue';
import App from './App.vue';
import { AuthKey, createAuth } from './auth';
import { createBoardClient, installBoardClient } from './client';
import { createBoardI18n, savedLocale, saveLocale } from './i18n';
import './styles.css';

const auth = createAuth(window);
// A session ended elsewhere (logout, kiosk token revoked, expiry): back to the login form, saying why.
const board = createBoardClient({ getToken: () => auth.token.value, onSessionEnded: () => auth.token.value && auth.invalidate() });
// A new token must not ride on a socket authenticated with the previous one.
watch(auth.token, () => board.restart());

const locale = savedLocale();
saveLocale(locale);

const app = createApp(App);
app.provide(AuthKey, auth);
installBoardClient(app, board);
app.use(createBoardI18n(locale));
app.mount('#app');
