/** What an article response carries: everything a list card or the article page shows. */
export const articlePopulate = {
  cover: true,
  topics: { fields: ['name', 'slug'] },
  seo: { populate: { shareImage: true } },
};
