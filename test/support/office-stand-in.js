/*
 * The one scripted Office.js the tests run the real Office adapters against: the task pane's
 * (src/host/officeHost.ts) in read mode and the event runtime's (src/launchevent/composeItem.ts)
 * on a compose item. Only shapes documented in office-js-docs-reference are offered
 * (office.messageread.yml, office.messagecompose.yml, office.delaydeliverytime.yml,
 * office.mailbox.yml), each answering through an AsyncResult callback as Outlook does.
 *
 * Two ways in, one code path:
 *   - e2e: Playwright serves this file in place of
 *     https://appsforoffice.microsoft.com/lib/1/hosted/office.js, after an init script set
 *     `globalThis.__OFFICE_STAND_IN__` to the configuration (test/e2e/support/office.ts);
 *   - jest: test/support/officeStandIn.ts evaluates it with its own object as `globalThis` and
 *     takes the Office it built, so no test leaves an `Office` global behind.
 *
 * Configuration (every field optional):
 *   host         'Outlook' (default) or null (Office.onReady outside Office: a plain browser)
 *   platform     Office.context.diagnostics.platform, default 'OfficeOnline'
 *   hostName     Office.context.mailbox.diagnostics.hostName, default 'OutlookWebApp'
 *   displayLanguage, bodyBackgroundColor (officeTheme)
 *   requirementSets { name: 'version' }, default { Mailbox: '1.14', NestedAppAuth: '1.1' }
 *   user         { accountType, emailAddress, displayName }
 *   item         read mode: null, or { itemClass, subject, from, to, cc, sentMinutesAgo | dateTimeCreated, itemId,
 *                body: { type: 'html' | 'text', content } (default an empty HTML body), failBody }
 *   compose      instead of item, a compose item: { to, cc, bcc, deliveryTime, contextData,
 *                failRecipients, failSetDelivery }; it brings roamingSettings ({ settings: { name: value } })
 *                as the event runtime has them
 * People are { name, address }.
 *
 * What the add-in asked of Outlook is recorded: `calls` (task pane: displayNewMessageForm,
 * handlers, convertToRestId, dialogs, onReady, bodyGetAsync: the coercion asked) and `composeCalls` ({ setDelivery: [Date],
 * notifications: [{ key, type, message, … }] }); functions given to Office.actions.associate are
 * in `associated`; `control.selectItem(item)` plays the user selecting another item with the pane
 * pinned (ItemChanged). In a page these are globalThis.__officeCalls, __composeCalls, __associated
 * and __officeStandIn.
 */
/* global setTimeout */
(function installOfficeStandIn(global) {
  'use strict';

  function createOfficeStandIn(config) {
    var calls = {
      displayNewMessageForm: [],
      addHandlerAsync: [],
      removeHandlerAsync: [],
      convertToRestId: [],
      displayDialogAsync: [],
      bodyGetAsync: [],
      onReady: 0,
    };
    var composeCalls = { setDelivery: [], notifications: [] };
    var associated = {};
    var handlers = {};

    var HostType = { Outlook: 'Outlook', Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', OneNote: 'OneNote', Project: 'Project', Access: 'Access' };
    var PlatformType = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' };
    var EventType = { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' };
    var AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
    var CoercionType = { Html: 'html', Text: 'text' };

    function answer(callback, result) {
      if (typeof callback !== 'function') return;
      setTimeout(function () {
        callback(result);
      }, 0);
    }
    function succeed(callback, value) {
      answer(callback, { status: AsyncResultStatus.Succeeded, value: value, error: null, asyncContext: undefined });
    }
    function failWith(callback, value) {
      answer(callback, { status: AsyncResultStatus.Failed, value: value, error: { name: 'GenericResponseError' }, asyncContext: undefined });
    }

    var user = config.user || { accountType: 'office365', emailAddress: 'alex.morgan@contoso.com', displayName: 'Alex Morgan' };

    function person(p, recipientType) {
      return { displayName: p.name || '', emailAddress: p.address, recipientType: recipientType };
    }

    function recipientType(address) {
      var domain = String(address).split('@')[1] || '';
      var userDomain = String(user.emailAddress || '').split('@')[1] || '';
      return domain !== '' && domain === userDomain ? 'enterprise' : 'externalUser';
    }

    function readItem(spec) {
      if (spec === null || spec === undefined) return null;
      var created = spec.dateTimeCreated
        ? new Date(spec.dateTimeCreated)
        : new Date(Date.now() - (typeof spec.sentMinutesAgo === 'number' ? spec.sentMinutesAgo : 4) * 60000);
      var people = function (list) {
        return (list || []).map(function (p) {
          return person(p, recipientType(p.address));
        });
      };
      return {
        itemType: 'message',
        itemClass: spec.itemClass || 'IPM.Note',
        itemId: spec.itemId || 'AAMkStandIn' + Math.random().toString(36).slice(2),
        subject: spec.subject || '',
        from: spec.from ? person(spec.from, 'enterprise') : undefined,
        sender: spec.from ? person(spec.from, 'enterprise') : undefined,
        to: people(spec.to),
        cc: people(spec.cc),
        dateTimeCreated: created,
        dateTimeModified: created,
        body: readBody(spec),
      };
    }

    // item.body.getAsync(coercionType, callback) (office.body.yml): the body in the format asked.
    // HTML asked of a text body comes escaped in a <div>; text asked of HTML loses its tags.
    function readBody(spec) {
      var stored = spec.body || { type: 'html', content: '' };
      return {
        getAsync: function (coercionType, options, callback) {
          if (typeof options === 'function') callback = options;
          calls.bodyGetAsync.push(coercionType);
          if (spec.failBody) return failWith(callback, undefined);
          if (coercionType === stored.type) return succeed(callback, stored.content);
          if (coercionType === CoercionType.Html) {
            var escaped = stored.content.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
            return succeed(callback, '<html><body><div>' + escaped + '</div></body></html>');
          }
          succeed(callback, stored.content.replace(/<br\s*\/?>|<\/p>/gi, '\n').replace(/<[^>]*>/g, ''));
        },
      };
    }

    function composeItem(spec) {
      var deliveryTime = spec.deliveryTime || 0;
      var recipients = function (people) {
        return {
          getAsync: function (callback) {
            if (spec.failRecipients) return failWith(callback, []);
            succeed(
              callback,
              (people || []).map(function (p) {
                return person(p, 'other');
              }),
            );
          },
        };
      };
      return {
        itemType: 'message',
        to: recipients(spec.to),
        cc: recipients(spec.cc),
        bcc: recipients(spec.bcc),
        delayDeliveryTime: {
          getAsync: function (callback) {
            succeed(callback, deliveryTime);
          },
          setAsync: function (at, callback) {
            if (spec.failSetDelivery) return failWith(callback, undefined);
            composeCalls.setDelivery.push(at);
            deliveryTime = at;
            succeed(callback, undefined);
          },
        },
        getInitializationContextAsync: function (callback) {
          succeed(callback, spec.contextData || null);
        },
        notificationMessages: {
          replaceAsync: function (key, message, callback) {
            // A copy, so the test sees exactly what Outlook would have been given.
            composeCalls.notifications.push(Object.assign({ key: key }, JSON.parse(JSON.stringify(message))));
            succeed(callback, undefined);
          },
        },
      };
    }

    function compareVersions(a, b) {
      var x = String(a).split('.').map(Number);
      var y = String(b).split('.').map(Number);
      for (var i = 0; i < Math.max(x.length, y.length); i++) {
        var d = (x[i] || 0) - (y[i] || 0);
        if (d !== 0) return d;
      }
      return 0;
    }

    var requirementSets = config.requirementSets || { Mailbox: '1.14', NestedAppAuth: '1.1' };

    var mailbox = {
      item: config.compose ? composeItem(config.compose) : readItem(config.item === undefined ? null : config.item),
      userProfile: {
        accountType: user.accountType,
        emailAddress: user.emailAddress,
        displayName: user.displayName,
        timeZone: 'UTC',
      },
      diagnostics: { hostName: config.hostName || 'OutlookWebApp', hostVersion: '20261125.01', OWAView: 'ThreeColumns' },
      restUrl: 'https://outlook.office.com/api',
      addHandlerAsync: function (eventType, handler, options, callback) {
        if (typeof options === 'function') callback = options;
        calls.addHandlerAsync.push(eventType);
        (handlers[eventType] = handlers[eventType] || []).push(handler);
        succeed(callback);
      },
      removeHandlerAsync: function (eventType, options, callback) {
        if (typeof options === 'function') callback = options;
        calls.removeHandlerAsync.push(eventType);
        delete handlers[eventType];
        succeed(callback);
      },
      displayNewMessageForm: function (parameters) {
        // A structured copy, so the test sees exactly what Outlook would have been given.
        calls.displayNewMessageForm.push(JSON.parse(JSON.stringify(parameters)));
      },
    };

    // Outlook on iOS/Android has no convertToRestId: its itemId is already a REST id (office.mailbox.yml).
    var mobile = mailbox.diagnostics.hostName === 'OutlookIOS' || mailbox.diagnostics.hostName === 'OutlookAndroid';
    if (!mobile) {
      mailbox.convertToRestId = function (itemId, restVersion) {
        calls.convertToRestId.push({ itemId: itemId, restVersion: restVersion });
        return 'REST-' + String(itemId).replace(/[^A-Za-z0-9]/g, '-');
      };
    }

    var host = config.host === undefined ? HostType.Outlook : config.host;
    var platform = config.platform || PlatformType.OfficeOnline;

    var context = {
      mailbox: mailbox,
      displayLanguage: config.displayLanguage || 'en-US',
      contentLanguage: config.displayLanguage || 'en-US',
      officeTheme: {
        bodyBackgroundColor: config.bodyBackgroundColor || '#ffffff',
        bodyForegroundColor: '#000000',
        controlBackgroundColor: config.bodyBackgroundColor || '#ffffff',
        controlForegroundColor: '#000000',
      },
      diagnostics: { host: host, platform: platform, version: '16.0.0.0' },
      platform: platform,
      host: host,
      ui: {
        // Sign-in dialog fallback: recorded, and refused as a host without dialogs would.
        displayDialogAsync: function (url, options, callback) {
          if (typeof options === 'function') callback = options;
          calls.displayDialogAsync.push(url);
          answer(callback, { status: AsyncResultStatus.Failed, value: null, error: { code: 12007, name: 'DialogUnavailable', message: 'stand-in' } });
        },
      },
      requirements: {
        isSetSupported: function (name, minVersion) {
          var have = requirementSets[name];
          return have !== undefined && (minVersion === undefined || compareVersions(have, minVersion) >= 0);
        },
      },
    };
    if (config.compose) {
      var settings = config.compose.settings || {};
      context.roamingSettings = {
        get: function (name) {
          return settings[name];
        },
      };
    }

    var readyInfo = { host: host, platform: host === null ? null : platform };

    var office = {
      HostType: HostType,
      PlatformType: PlatformType,
      EventType: EventType,
      AsyncResultStatus: AsyncResultStatus,
      CoercionType: CoercionType,
      MailboxEnums: {
        RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
        ItemType: { Message: 'message', Appointment: 'appointment' },
      },
      actions: {
        associate: function (name, handler) {
          associated[name] = handler;
        },
      },
      context: context,
      onReady: function (callback) {
        calls.onReady += 1;
        return new Promise(function (resolve) {
          setTimeout(function () {
            if (typeof callback === 'function') callback(readyInfo);
            resolve(readyInfo);
          }, 10);
        });
      },
    };

    var control = {
      /** The user selects another item (or none) while the pane is pinned. */
      selectItem: function (spec) {
        mailbox.item = readItem(spec);
        var listeners = (handlers[EventType.ItemChanged] || []).slice();
        setTimeout(function () {
          listeners.forEach(function (listener) {
            listener({ type: EventType.ItemChanged });
          });
        }, 0);
        return listeners.length;
      },
      handlerCount: function (eventType) {
        return (handlers[eventType || EventType.ItemChanged] || []).length;
      },
    };

    return { Office: office, calls: calls, composeCalls: composeCalls, associated: associated, control: control };
  }

  var standIn = createOfficeStandIn(global.__OFFICE_STAND_IN__ || {});
  global.Office = standIn.Office;
  global.__officeCalls = standIn.calls;
  global.__composeCalls = standIn.composeCalls;
  global.__associated = standIn.associated;
  global.__officeStandIn = standIn.control;
})(globalThis);
