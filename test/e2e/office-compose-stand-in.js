/*
 * A scripted Office.js for the production launchevent.html (the Smart Alerts event runtime) in
 * e2e tests, served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 * It offers what the handler uses of a compose item — to/cc/bcc, delayDeliveryTime,
 * notificationMessages, getInitializationContextAsync — plus requirement sets, diagnostics,
 * display language, roaming settings and Office.actions.associate.
 *
 * The test sets `globalThis.__COMPOSE_STAND_IN__` with addInitScript before the page loads:
 *   to, cc, bcc       lists of { name, address }
 *   mailbox           highest Mailbox requirement set, e.g. '1.15'
 *   hostName, platform, displayLanguage, contextData
 * Associated handlers are on `globalThis.__associated`; what the add-in did on
 * `globalThis.__composeCalls` ({ setDelivery: [iso], notifications: [{ key, type, message }] }).
 */
(function installComposeStandIn(global) {
  'use strict';

  var config = global.__COMPOSE_STAND_IN__ || {};
  var calls = { setDelivery: [], notifications: [] };
  var associated = {};
  var deliveryTime = 0;
  var AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  var done = function (callback, value) {
    callback({ status: AsyncResultStatus.Succeeded, value: value });
  };
  var recipients = function (people) {
    return {
      getAsync: function (callback) {
        done(callback, (people || []).map(function (p) { return { displayName: p.name, emailAddress: p.address, recipientType: 'other' }; }));
      },
    };
  };
  var parts = String(config.mailbox || '1.15').split('.').map(Number);

  global.__associated = associated;
  global.__composeCalls = calls;
  global.Office = {
    AsyncResultStatus: AsyncResultStatus,
    actions: { associate: function (name, fn) { associated[name] = fn; } },
    onReady: function () { return Promise.resolve({ host: 'Outlook', platform: config.platform || 'OfficeOnline' }); },
    context: {
      displayLanguage: config.displayLanguage || 'en-US',
      diagnostics: { platform: config.platform || 'OfficeOnline' },
      requirements: {
        isSetSupported: function (name, version) {
          if (name !== 'Mailbox') return false;
          var v = String(version).split('.').map(Number);
          return v[0] < parts[0] || (v[0] === parts[0] && v[1] <= parts[1]);
        },
      },
      roamingSettings: { get: function () { return undefined; } },
      mailbox: {
        diagnostics: { hostName: config.hostName || 'OutlookWebApp' },
        userProfile: { accountType: 'office365', emailAddress: 'alex.morgan@contoso.com', displayName: 'Alex Morgan' },
        item: {
          to: recipients(config.to),
          cc: recipients(config.cc),
          bcc: recipients(config.bcc),
          delayDeliveryTime: {
            getAsync: function (callback) { done(callback, deliveryTime); },
            setAsync: function (at, callback) {
              deliveryTime = at;
              calls.setDelivery.push(at.toISOString());
              done(callback, undefined);
            },
          },
          getInitializationContextAsync: function (callback) { done(callback, config.contextData || null); },
          notificationMessages: {
            replaceAsync: function (key, message, callback) {
              calls.notifications.push({ key: key, type: message.type, message: message.message });
              done(callback, undefined);
            },
          },
        },
      },
    },
  };
})(globalThis);
