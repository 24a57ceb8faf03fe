/** Unit tests run the DAL outside Next.js: rendering hints such as connection() are no-ops. */
export async function connection(): Promise<void> {}
