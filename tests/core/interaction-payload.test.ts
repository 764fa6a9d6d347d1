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

  it('reads the same user from every place a command can be used: server, bot DM, group DM, user install', () => {
    const ana = { id: '3', username: 'ana', global_name: 'Ana', avatar: null };
    const payloads = {
      server: {
        guild_id: '9',
        member: { user: ana, permissions: '0' },
        context: 0,
        authorizing_integration_owners: { '0': '9' },
      },
      botDm: { user: ana, context: 1, authorizing_integration_owners: { '1': '3' } },
      groupDm: { user: ana, context: 2, authorizing_integration_owners: { '1': '3' } },
      userInstallInServer: { guild_id: '8', member: { user: ana }, context: 0, authorizing_integration_owners: { '1': '3' } },
    };
    const read = Object.fromEntries(
      Object.entries(payloads).map(([place, where]) => [
        place,
        request({ ...base, type: 2, entitlements: [], data: { name: 'xen-news' }, ...where }),
      ]),
    );
    expect(Object.values(read).map((r) => r?.user)).toEqual(Array(4).fill({ id: '3', username: 'ana' }));
    expect(Object.values(read).map((r) => r?.guildId)).toEqual(['9', null, null, '8']);
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
