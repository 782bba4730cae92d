import { memoryCgroupOf } from './memoryLimit';

describe('memoryCgroupOf', () => {
  it('finds a cgroup v1 memory hierarchy, alone or with other controllers', () => {
    const procCgroup = [
      '9:name=systemd:/',
      '4:memory:/process_api/abc',
      '1:cpu:/',
      '0::/',
    ].join('\n');
    expect(memoryCgroupOf(procCgroup, 'hugetlb')).toEqual({
      dir: '/sys/fs/cgroup/memory/process_api/abc',
      limitFile: 'memory.limit_in_bytes',
    });
    expect(memoryCgroupOf('5:cpu,memory:/kubepods/x\n', undefined)).toEqual({
      dir: '/sys/fs/cgroup/memory/kubepods/x',
      limitFile: 'memory.limit_in_bytes',
    });
  });

  it('finds the cgroup v2 path when the unified hierarchy has the memory controller', () => {
    expect(
      memoryCgroupOf(
        '0::/user.slice/session-1.scope\n',
        'cpuset cpu io memory pids\n',
      ),
    ).toEqual({
      dir: '/sys/fs/cgroup/user.slice/session-1.scope',
      limitFile: 'memory.max',
    });
  });

  it('says so when no hierarchy has the memory controller', () => {
    expect(() => memoryCgroupOf('0::/\n', 'cpu io pids')).toThrow(
      /No cgroup memory controller/,
    );
    expect(() => memoryCgroupOf('0::/\n1:cpu:/\n', undefined)).toThrow(
      /No cgroup memory controller/,
    );
  });
});
