/** Characters as platforms count them: an emoji is one, not two UTF-16 units. */
export const characterCount = (text: string) => [...text].length;
