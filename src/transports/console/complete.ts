import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/dispatch.js';
import { lineToRequest, parseCommandLine } from './parse-line.js';

/**
 * Tab completion for the interactive console, as readline wants it: the candidates and the part of
 * the line they replace. Command names, then option names, then an option's choices or what its
 * autocomplete handler offers, the same list Discord would show.
 */
export async function completeConsoleLine(
  line: string,
  definitions: ReadonlyMap<string, RESTPostAPIChatInputApplicationCommandsJSONBody>,
  handler: InteractionHandler,
): Promise<[string[], string]> {
  const command = /^\/(\S*)$/.exec(line);
  if (command) return [[...definitions.keys()].map((name) => `/${name} `).filter((c) => c.startsWith(line)), line];
  const head = /^\/(\S+)\s/.exec(line);
  const definition = head ? definitions.get(head[1] ?? '') : undefined;
  if (!definition) return [[], line];
  const partialName = /(?:^|\s)([a-z-]*)$/.exec(line)?.[1] ?? '';
  const nameCandidates = (definition.options ?? []).map((o) => `${o.name}:`).filter((n) => n.startsWith(partialName));
  if (partialName !== '' && nameCandidates.length > 0 && !line.endsWith(':')) return [nameCandidates, partialName];
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(line, definitions);
  } catch {
    // A line still being typed is often not a whole command yet: offer nothing rather than an error.
    return [[], line];
  }
  const last = parsed.last;
  if (!last) return [nameCandidates, partialName];
  const option = definition.options?.find((o) => o.name === last.name);
  let values: string[] = [];
  if (option && 'choices' in option && option.choices) values = option.choices.map((c) => String(c.value));
  else if (option && 'autocomplete' in option && option.autocomplete) {
    const response = await handler(lineToRequest(`complete ${line}`, definitions));
    if (response.type === 'choices') values = response.choices.map((c) => String(c.value));
  }
  return [values.filter((v) => v.startsWith(last.value)), last.value];
}
