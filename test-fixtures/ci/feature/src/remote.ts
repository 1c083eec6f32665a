/** The HTTP status of a health endpoint. */
export async function ping(url: string): Promise<number> {
  const response = await fetch(url);
  return response.status;
}
