export default defineNuxtPlugin(() => {
  useTextSize().restore();
});
