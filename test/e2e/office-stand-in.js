/*
 * A scripted Office.js for the production taskpane.html in e2e tests. Playwright serves this file
 * in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the real Office
 * adapter (src/host/officeHost.ts) runs against it.
 *
 * The test sets `globalThis.__OFFICE_STAND_IN__` with addInitScript before the page loads:
 *   host         'Outlook' (default) or null (Office.onReady outside Office: a plain browser)
 *   platform     Office.context.diagnostics.platform, default 'OfficeOnline'
 *   hostName     Office.context.mailbox.diagnostics.hostName, default 'OutlookWebApp'
 *   displayLanguage, bodyBackgroundColor (officeTheme), requirementSets { name: 'version' }
 *   user         { accountType, emailAddress, displayName }
 *   item         null, or { itemClass, subject, from, to, cc, sentMinutesAgo | dateTimeCreated, itemId }
 *                with people as { name, address }
 *
 * What the add-in asks of Outlook is recorded on `globalThis.__officeCalls` for assertions, and
 * `globalThis.__officeStandIn.selectItem(item)` plays the user selecting another item with the
 * pane pinned (ItemChanged).
 */
/* global setTimeout */
(function installOfficeStandIn(global) {
  'use strict';

  var config = global.__OFFICE_STAND_IN__ || {};
  var calls = { displayNewMessageForm: [], addHandlerAsync: [], removeHandlerAsync: [], convertToRestId: [], displayDialogAsync: [], onReady: 0 };
  var handlers = {};

  var HostType = { Outlook: 'Outlook', Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', OneNote: 'OneNote', Project: 'Project', Access: 'Access' };
  var PlatformType = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' };
  var EventType = { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' };
  var AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };

  function person(p, recipientType) {
    return { displayName: p.name || '', emailAddress: p.address, recipientType: recipientType };
  }

  function recipientType(address) {
    var domain = String(address).split('@')[1] || '';
    var userDomain = String((config.user && config.user.emailAddress) || '').split('@')[1] || '';
    return domain !== '' && domain === userDomain ? 'enterprise' : 'externalUser';
  }

  function buildItem(spec) {
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

  function complete(callback, value) {
    if (typeof callback !== 'function') return;
    setTimeout(function () {
      callback({ status: AsyncResultStatus.Succeeded, value: value, error: null, asyncContext: undefined });
    }, 0);
  }

  var requirementSets = config.requirementSets || { Mailbox: '1.14', NestedAppAuth: '1.1' };
  var user = config.user || { accountType: 'office365', emailAddress: 'alex.morgan@contoso.com', displayName: 'Alex Morgan' };

  var mailbox = {
    item: buildItem(config.item === undefined ? null : config.item),
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
      complete(callback);
    },
    removeHandlerAsync: function (eventType, options, callback) {
      if (typeof options === 'function') callback = options;
      calls.removeHandlerAsync.push(eventType);
      delete handlers[eventType];
      complete(callback);
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
        if (typeof callback === 'function') {
          setTimeout(function () {
            callback({ status: AsyncResultStatus.Failed, value: null, error: { code: 12007, name: 'DialogUnavailable', message: 'stand-in' } });
          }, 0);
        }
      },
    },
    requirements: {
      isSetSupported: function (name, minVersion) {
        var have = requirementSets[name];
        return have !== undefined && (minVersion === undefined || compareVersions(have, minVersion) >= 0);
      },
    },
  };

  var readyInfo = { host: host, platform: host === null ? null : platform };

  global.Office = {
    HostType: HostType,
    PlatformType: PlatformType,
    EventType: EventType,
    AsyncResultStatus: AsyncResultStatus,
    MailboxEnums: {
      RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
      ItemType: { Message: 'message', Appointment: 'appointment' },
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

  global.__officeCalls = calls;
  global.__officeStandIn = {
    /** The user selects another item (or none) while the pane is pinned. */
    selectItem: function (spec) {
      mailbox.item = buildItem(spec);
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
})(globalThis);
