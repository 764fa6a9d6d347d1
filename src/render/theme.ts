/** The Register's red, used as every embed's accent colour. */
export const accentColour = 0xb3001b;
