/**
 * The safety net (DOMAIN.md §4: never `allowed` where the answer might be `rejected`). One sentence
 * the engine recognises must not carry a whole feature to `allowed` while another sentence speaks of
 * users reaching each other, instant delivery, money held, media for others or content from
 * elsewhere, and nothing explains it. A sentence (title or description) with a non-negated cue of a
 * group below is *unexplained* when, in that sentence, there is no finding (covered or not, negated
 * or cancelled), no recognised incidental work, no negated mention, and none of `explained_by`;
 * and, anywhere in the feature, no finding of the group's `settled_by`. Unexplained → a doubt →
 * `needs_review` (decision row R6b, 二). The groups reuse the `cue:*` rows of src/rules/lexicon.ts.
 */
import type { SafetyNet } from '../engine/ruleset.js';

export const SAFETY_NET: SafetyNet = {
  explained_by: ['cue:licensed', 'cue:delegate', 'cue:internal', 'cue:internal_data', 'cue:staff_internal', 'cue:staff', 'cue:ai', 'cue:own', 'cue:optout', 'cue:self_only'],
  // A forklift rota "由仓储主管每周日发布", a dealer rebate "由 finance BP 通知各区域", a chat "thread":
  // these words alone do not make a feature of the website.
  weak_words: ['发布', '通知', '公布', '发送', '上线', '首页', 'thread', 'threads', 'publish', 'published', 'notify', 'notified', 'announce', 'announced',
    // Maintenance with no object ("Various improvements and fixes", "Fix + regression test"): work, but on what?
    '修复', '重构', '迁移', '灰度', '升级', '优化', 'fix', 'fixes', 'fixed', 'bug', 'bugs', 'bugfix', 'hotfix', 'regression', 'refactor', 'refactoring',
    'migration', 'crash', 'crashes',
    // Internal reporting with no surface of the site ("统计新增和留存的内部 BI 看板", "内部报表").
    '数据看板', '看板', '报表', '埋点', 'dashboard', 'dashboards', 'report', 'reports', 'reporting',
    // Release notes that list nothing ("Full Changelog", "Updated translations").
    'changelog', 'release notes', 'improvements', 'performance',
    // Tests moved or added with no product named ("Unit tests moved accordingly").
    'unit test', 'unit tests', 'tests', 'test', 'snapshot tests', 'lint'],
  groups: [
    { id: 'net.interaction', subject: 'interaction',
      cues: ['cue:reach', 'cue:pair', 'cue:vague_between', 'cue:converse', 'cue:msg', 'cue:private', 'cue:call', 'cue:group', 'cue:members_space'],
      settled_by: ['B25-4', 'B25-3', 'B22', 'A', 'B24', 'doubt:B25-4', 'doubt:staff_chat', 'doubt:undecided', 'cancel:B25-4', 'benign:link_out', 'benign:own_dialer'],
      note: 'users reaching, contacting, messaging or talking to each other: possibly B25-4' },
    { id: 'net.delivery', subject: 'delivery',
      cues: ['cue:realtime'],
      settled_by: ['B25-1', 'B25-4', 'B25-3', 'doubt:B25-4', 'cancel:B25-4', 'prohib:forced_push'],
      note: 'something received instantly: delivery to users (B25-1) or instant messaging (B25-4)?' },
    { id: 'net.money', subject: 'money',
      cues: ['cue:points', 'cue:funds', 'cue:pay_in'],
      settled_by: ['appr:finance', 'doubt:finance', 'B21'],
      note: 'a balance, points or payments held: possibly stored value or funds held for users (financial approval)' },
    { id: 'net.media', subject: 'media',
      cues: ['cue:video', 'cue:audio', 'cue:voice_video'],
      settled_by: ['appr:audiovisual', 'doubt:audiovisual', 'B25-4', 'B22', 'B25-3', 'benign:link_out'],
      note: 'video or audio offered to others: possibly audiovisual programmes or real-time calls' },
    { id: 'net.elsewhere', subject: 'elsewhere',
      cues: ['cue:external', 'cue:partner_media', 'cue:collect'],
      settled_by: ['B25-2', 'doubt:B25-2', 'cancel:B25-2', 'doubt:news', 'appr:news'],
      note: 'content pulled from other sites or partners: possibly search over others\' information (B25-2) or news' },
  ],
};
