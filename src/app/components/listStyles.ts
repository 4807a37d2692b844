import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared by VirtualList and its lazily loaded VirtualRows. */
export const useListStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  box: {
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // A shadow at the bottom edge while more rows are below: the box visibly continues.
    backgroundImage: `linear-gradient(${tokens.colorNeutralBackground1} 30%, transparent), linear-gradient(transparent, ${tokens.colorNeutralBackground1} 70%), radial-gradient(farthest-side at 50% 100%, ${tokens.colorNeutralShadowAmbient}, transparent)`,
    backgroundRepeat: 'no-repeat',
    backgroundSize: '100% 24px, 100% 24px, 100% 12px',
    backgroundPosition: 'top, bottom, bottom',
    backgroundAttachment: 'local, local, scroll',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  hint: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
  },
  virtual: { position: 'relative', width: '100%' },
  placed: { position: 'absolute', top: 0, left: 0, width: '100%' },
});
