import { describe, expect, it } from 'vitest';
import { interactionPayloadSchema, toInteractionRequest } from '../../src/core/interaction-payload.js';

const base = { id: '1', application_id: '2', token: 'token' };

function request(json: unknown) {
  const parsed = interactionPayloadSchema.parse(json);
  if (parsed.type === 1) throw new Error('expected an answerable interaction');
  return toInteractionRequest(parsed);
}

describe('an HTTP interaction payload becomes the transport-neutral request', () => {
  it('reads the user from member.user in a server and from user in a DM', () => {
    const inServer = request({
      ...base,
      type: 2,
      guild_id: '9',
      member: { user: { id: '3', username: 'ana' } },
      data: { name: 'quote' },
    });
    expect(inServer).toEqual({
      kind: 'command',
      commandName: 'quote',
      options: {},
      user: { id: '3', username: 'ana' },
      guildId: '9',
    });
    const inDm = request({ ...base, type: 2, user: { id: '4', username: 'bo' }, data: { name: 'quote' } });
    expect(inDm).toMatchObject({ user: { id: '4', username: 'bo' }, guildId: null });
  });

  it('flattens nested options and names the focused one for autocomplete', () => {
    const autocomplete = request({
      ...base,
      type: 4,
      user: { id: '3', username: 'ana' },
      data: {
        name: 'quote',
        options: [{ name: 'group', type: 1, options: [{ name: 'source', type: 3, value: 'gar', focused: true }] }],
      },
    });
    expect(autocomplete).toMatchObject({ kind: 'autocomplete', focused: 'source', options: { source: 'gar' } });
  });

  it('reads a button press as its custom_id', () => {
    const press = request({
      ...base,
      type: 3,
      user: { id: '3', username: 'ana' },
      data: { custom_id: 'xen-news:show:people', component_type: 2 },
    });
    expect(press).toEqual({
      kind: 'button',
      customId: 'xen-news:show:people',
      user: { id: '3', username: 'ana' },
      guildId: null,
    });
  });

  it('has no request for an interaction that names no user', () => {
    expect(request({ ...base, type: 2, data: { name: 'quote' } })).toBeUndefined();
  });

  it('refuses option values longer than Discord ever sends', () => {
    const json = {
      ...base,
      type: 2,
      user: { id: '3', username: 'a' },
      data: { name: 'q', options: [{ name: 'x', type: 3, value: 'a'.repeat(6001) }] },
    };
    expect(interactionPayloadSchema.safeParse(json).success).toBe(false);
  });
});
