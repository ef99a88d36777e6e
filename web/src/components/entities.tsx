import type { StoryEntity } from '../../../src/api-types.ts';

export function Entities({ entities }: { entities: StoryEntity[] }) {
  if (entities.length === 0) return <p class="empty">No named people, organisations or places.</p>;
  return (
    <table class="entities">
      <thead>
        <tr>
          <th scope="col">name</th>
          <th scope="col">type</th>
          <th scope="col">also written</th>
          <th scope="col">roles</th>
          <th scope="col">mentions</th>
          <th scope="col">articles</th>
        </tr>
      </thead>
      <tbody>
        {entities.map((e) => (
          <tr key={e.id}>
            <td>{e.name}</td>
            <td>{e.type}</td>
            <td>{e.aliases.join(', ')}</td>
            <td>{e.roles.join(', ')}</td>
            <td class="num">{e.mentions}</td>
            <td class="num">{e.articleIds.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
