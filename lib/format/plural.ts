/** "1 card", "3 cards", "2 replies" (with `many` for an irregular plural). */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
